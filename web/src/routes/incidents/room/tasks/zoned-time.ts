import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../session/session-context';

/** Baken's home zone: times are shown there unless the person chose another zone. */
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

function usableTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

export interface ZonedTime {
  timeZone: string;
  /** "14:05" today, "3 mrt. 14:05" on another day: short enough for a list on a phone. */
  moment(iso: string): string;
  /** Date and time in full, for a deadline or a title ("di 3 mrt 2026 14:05"). */
  dateTime(iso: string): string;
  /** The value for an `<input type="datetime-local">` showing this moment in the person's zone. */
  inputValue(iso: string): string;
  /** The moment an `<input type="datetime-local">` value means in the person's zone; undefined if invalid. */
  fromInputValue(value: string): string | undefined;
}

/** Formats and reads times in the interface language and the person's time zone (default Europe/Amsterdam). */
export function useZonedTime(): ZonedTime {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const language = i18n.resolvedLanguage;
  const timeZone = usableTimeZone(user?.timeZone);
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    const dayAndTime = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    const full = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    const numeric = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });

    function partsOf(date: Date) {
      const parts = Object.fromEntries(numeric.formatToParts(date).map((part) => [part.type, part.value]));
      return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour),
        minute: Number(parts.minute),
        second: Number(parts.second),
      };
    }

    // Minutes the zone is ahead of UTC at this moment (60 or 120 in Amsterdam).
    function offsetAt(date: Date): number {
      const p = partsOf(date);
      const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
      return Math.round((asUtc - date.getTime()) / 60_000);
    }

    const dayKey = (date: Date) => {
      const p = partsOf(date);
      return `${p.year}-${p.month}-${p.day}`;
    };

    return {
      timeZone,
      moment(iso) {
        const date = new Date(iso);
        return dayKey(date) === dayKey(new Date()) ? time.format(date) : dayAndTime.format(date);
      },
      dateTime: (iso) => full.format(new Date(iso)),
      inputValue(iso) {
        const p = partsOf(new Date(iso));
        return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
      },
      fromInputValue(value) {
        const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
        if (!match) return undefined;
        const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
          number,
          number,
          number,
          number,
          number,
        ];
        const wall = Date.UTC(year, month - 1, day, hour, minute);
        // The offset at the guess can differ from the offset at the answer around a DST change.
        let moment = wall - offsetAt(new Date(wall)) * 60_000;
        moment = wall - offsetAt(new Date(moment)) * 60_000;
        return Number.isNaN(moment) ? undefined : new Date(moment).toISOString();
      },
    };
  }, [language, timeZone]);
}
