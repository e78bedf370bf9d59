/**
 * Wall-clock arithmetic in any time zone, for the roster pages: the calendar's days in the
 * person's zone, a roster's start in the roster's zone, on the one rule the server's schedule uses
 * too (common/wall-clock.ts).
 */
import { instantOf, wallClockOf } from '../../../../common/wall-clock';

export { instantOf, wallClockOf };

const DAY_MS = 24 * 60 * 60 * 1000;

/** A zone this browser knows, else Baken's home zone. */
export function usableTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'Europe/Amsterdam';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'Europe/Amsterdam';
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value for an `<input type="datetime-local">` showing `instant` in `timeZone`. */
export function inputValueOf(instant: number, timeZone: string): string {
  const wall = new Date(wallClockOf(instant, timeZone));
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(
    wall.getUTCHours(),
  )}:${pad(wall.getUTCMinutes())}`;
}

/** The moment a `datetime-local` value means in `timeZone`, or undefined when it is no date and time. */
export function instantOfInput(value: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  return Number.isNaN(wall) ? undefined : instantOf(wall, timeZone);
}

/** Midnight at the start of the day `instant` falls on, in `timeZone`. */
export function startOfDay(instant: number, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  return instantOf(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS), timeZone);
}

/** Midnight `days` days after the midnight `dayStart` (days of 23 or 25 hours included). */
export function addDays(dayStart: number, days: number, timeZone: string): number {
  return instantOf(wallClockOf(dayStart, timeZone) + days * DAY_MS, timeZone);
}

/** Monday 00:00 of the week `instant` falls in. */
export function startOfWeek(instant: number, timeZone: string): number {
  const day = startOfDay(instant, timeZone);
  const weekday = new Date(wallClockOf(day, timeZone)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7), timeZone);
}

/** 00:00 on the first of the month `instant` falls in. */
export function startOfMonth(instant: number, timeZone: string): number {
  const wall = new Date(wallClockOf(instant, timeZone));
  return instantOf(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), 1), timeZone);
}

/** 00:00 on the first of the month `months` after the one `monthStart` begins. */
export function addMonths(monthStart: number, months: number, timeZone: string): number {
  const wall = new Date(wallClockOf(monthStart, timeZone));
  return instantOf(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + months, 1), timeZone);
}
