import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { usableTimeZone } from './zoned-clock';

export interface RosterFormat {
  /** The person's own time zone: the calendar's days and every time shown are in it. */
  timeZone: string;
  /** "08:00", always on the 24-hour clock. */
  time(instant: number): string;
  /** "ma 13 jan. 08:00": for a handover. */
  moment(instant: number): string;
  /** "maandag 13 januari": a day's heading in the calendar. */
  day(instant: number): string;
  /** "ma 6 jan. 2025 08:00": a moment that may be long ago or far ahead. */
  dateTime(instant: number): string;
  /** "13 jan. 2025": the ends of a period. */
  date(instant: number): string;
  /** "januari 2025": a month's heading. */
  month(instant: number): string;
}

/** Formats times for the roster pages in the interface language and the person's time zone. */
export function useRosterFormat(): RosterFormat {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const language = i18n.resolvedLanguage;
  const timeZone = usableTimeZone(user?.timeZone);
  return useMemo(() => {
    const format = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(language, { ...options, timeZone, hourCycle: 'h23' });
    const time = format({ hour: '2-digit', minute: '2-digit' });
    const moment = format({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const dateTime = format({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const day = format({ weekday: 'long', day: 'numeric', month: 'long' });
    const date = format({ day: 'numeric', month: 'short', year: 'numeric' });
    const month = format({ month: 'long', year: 'numeric' });
    return {
      timeZone,
      time: (instant) => time.format(instant),
      moment: (instant) => moment.format(instant),
      dateTime: (instant) => dateTime.format(instant),
      day: (instant) => day.format(instant),
      date: (instant) => date.format(instant),
      month: (instant) => month.format(instant),
    };
  }, [language, timeZone]);
}
