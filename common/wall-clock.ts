/**
 * Wall-clock arithmetic in a time zone without a library: a "wall clock" is the local date and
 * time written as milliseconds of a UTC date with the same fields (so 08:00 on 3 March in
 * Amsterdam is Date.UTC(…, 2, 3, 8)). Adding hours to it moves the hands of the clock on the wall,
 * which is what people mean by "every Monday at 08:00", across daylight saving time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 24 * 60 * 60 * 1000;

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

/** What clocks in `timeZone` show at `instant` (epoch milliseconds), as a wall-clock value. */
export function wallClockOf(instant: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const wholeSeconds = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  // Offsets are whole seconds, so the milliseconds carry over unchanged.
  return wholeSeconds + (((instant % 1000) + 1000) % 1000);
}

const offsetAt = (instant: number, timeZone: string) => wallClockOf(instant, timeZone) - instant;

/**
 * The instant at which clocks in `timeZone` show `wallClock`. A time that does not exist (skipped
 * when clocks go forward) moves forward by the gap, as a clock on the wall would; a time that
 * happens twice (clocks go back) is its first occurrence. Time zones change their offset at most
 * once within a day either side, which is what the two candidates rely on.
 */
export function instantOf(wallClock: number, timeZone: string): number {
  const offsetBefore = offsetAt(wallClock - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallClock + DAY_MS, timeZone);
  const candidates = [wallClock - offsetBefore, wallClock - offsetAfter].filter(
    (instant) => wallClockOf(instant, timeZone) === wallClock,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wallClock - offsetBefore;
}
