/**
 * Wall-clock arithmetic in any time zone, for the roster pages: the calendar's days in the
 * person's zone, a roster's start in the roster's zone. The same rule as the server's
 * (server/modules/rosters/wall-clock.ts): a "wall clock" is the local date and time written as the
 * milliseconds of a UTC date with the same fields.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

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

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What clocks in `timeZone` show at `instant`, as a wall-clock value. */
export function wallClockOf(instant: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const seconds = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return seconds + (((instant % 1000) + 1000) % 1000);
}

const offsetAt = (instant: number, timeZone: string) => wallClockOf(instant, timeZone) - instant;

/** When clocks in `timeZone` show `wallClock`: a skipped time moves forward, a repeated one is the first. */
export function instantOf(wallClock: number, timeZone: string): number {
  const before = offsetAt(wallClock - DAY_MS, timeZone);
  const after = offsetAt(wallClock + DAY_MS, timeZone);
  const candidates = [wallClock - before, wallClock - after].filter(
    (instant) => wallClockOf(instant, timeZone) === wallClock,
  );
  return candidates.length > 0 ? Math.min(...candidates) : wallClock - before;
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
