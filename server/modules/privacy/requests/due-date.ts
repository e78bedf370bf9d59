const DAY_MS = 24 * 60 * 60 * 1000;

/** The same moment one calendar month later; a day the month lacks becomes its last day (31 Jan → 28/29 Feb). */
export function addCalendarMonths(from: Date, months: number): Date {
  const target = new Date(from);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return target;
}

/**
 * When a request must be answered: the law gives one calendar month, the statement promises 30
 * days; whichever comes first (a request of 31 January is due on 28 February, not 2 March).
 */
// @promise P19 every request has a due date: received + one calendar month or 30 days, whichever first
export function dueDateFor(receivedAt: Date): Date {
  const month = addCalendarMonths(receivedAt, 1);
  const thirtyDays = new Date(receivedAt.getTime() + 30 * DAY_MS);
  return month < thirtyDays ? month : thirtyDays;
}

/** The due date moved on by the time the request waited for the requester's identity. */
export function dueDateAfterPause(dueAt: Date, pauseStartedAt: Date, pauseEndedAt: Date): Date {
  return new Date(dueAt.getTime() + Math.max(0, pauseEndedAt.getTime() - pauseStartedAt.getTime()));
}

/** The furthest an extension may reach: two more months after the due date (GDPR art. 12(3)). */
export function latestExtension(dueAt: Date): Date {
  return addCalendarMonths(dueAt, 2);
}
