import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';

function formatters(language: string | undefined, timeZone: string | undefined) {
  const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone } as const;
  return {
    time: new Intl.DateTimeFormat(language, clock),
    dayAndTime: new Intl.DateTimeFormat(language, {
      ...clock,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }),
    // Only to compare calendar days in the zone; the shape of the text does not matter.
    day: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }),
  };
}

/**
 * Formats a moment as a time on the 24-hour clock ("04:27") in the person's time zone, with the day
 * in front when it is not today: on a response board an arrival "at 4" must never be a.m. or p.m.
 * to guess, and the day only gets in the way when it is today.
 */
export function useFormatClock(): (moment: string | Date) => string {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const language = i18n.resolvedLanguage;
  const timeZone = user?.timeZone;
  return useMemo(() => {
    let format: ReturnType<typeof formatters>;
    try {
      format = formatters(language, timeZone);
    } catch {
      // A time zone this browser does not know: the device's own zone is the next best.
      format = formatters(language, undefined);
    }
    return (moment: string | Date) => {
      const date = typeof moment === 'string' ? new Date(moment) : moment;
      const today = format.day.format(new Date()) === format.day.format(date);
      return today ? format.time.format(date) : format.dayAndTime.format(date);
    };
  }, [language, timeZone]);
}

/** When someone who answered "coming" expects to arrive: the moment of the answer plus the ETA. */
export function arrivalOf(respondedAt: string | Date, etaMinutes: number): Date {
  const from = typeof respondedAt === 'string' ? new Date(respondedAt) : respondedAt;
  return new Date(from.getTime() + etaMinutes * 60_000);
}
