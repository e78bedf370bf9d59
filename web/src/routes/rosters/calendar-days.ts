import type { RosterShift } from '../../api/rosters-api';
import { addDays } from './zoned-clock';

/** A shift as one day of the calendar shows it: cut off at the day's midnights. */
export interface DayShift {
  shift: RosterShift;
  from: number;
  until: number;
  /** The shift covers the whole day. */
  allDay: boolean;
}

export interface CalendarDay {
  start: number;
  end: number;
  shifts: DayShift[];
}

/** The days from `from` (a midnight) until `to`, each with the parts of the shifts that fall on it. */
export function calendarDays(
  shifts: readonly RosterShift[],
  from: number,
  to: number,
  timeZone: string,
): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let start = from; start < to; ) {
    const end = addDays(start, 1, timeZone);
    const onDay = shifts.flatMap((shift) => {
      const shiftStart = Date.parse(shift.startsAt);
      const shiftEnd = Date.parse(shift.endsAt);
      if (shiftEnd <= start || shiftStart >= end) return [];
      const part = { shift, from: Math.max(start, shiftStart), until: Math.min(end, shiftEnd) };
      return [{ ...part, allDay: part.from === start && part.until === end }];
    });
    days.push({ start, end, shifts: onDay });
    start = end;
  }
  return days;
}
