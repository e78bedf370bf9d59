const HOUR_MS = 60 * 60 * 1000;

/** The authority must be notified within 72 hours of the operator becoming aware (GDPR art. 33(1)). */
export const NOTIFY_WITHIN_HOURS = 72;
/** The privacy officers are warned once this much time or less is left. */
export const WARN_WITHIN_HOURS = 24;

/** When the notification to the Autoriteit Persoonsgegevens is due: discovered + 72 hours. */
export function notificationDueAt(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + NOTIFY_WITHIN_HOURS * HOUR_MS);
}

/** The clock's state as the register shows it; `stopped` once the authority decision is recorded. */
export type BreachClockState = 'running' | 'due-soon' | 'overdue' | 'stopped';

export interface BreachClock {
  dueAt: Date;
  state: BreachClockState;
  /** Milliseconds left until the due moment; negative when overdue. */
  remainingMs: number;
}

export function breachClock(discoveredAt: Date, authorityDecided: boolean, now: Date): BreachClock {
  const dueAt = notificationDueAt(discoveredAt);
  const remainingMs = dueAt.getTime() - now.getTime();
  let state: BreachClockState = 'running';
  if (authorityDecided) state = 'stopped';
  else if (remainingMs <= 0) state = 'overdue';
  else if (remainingMs <= WARN_WITHIN_HOURS * HOUR_MS) state = 'due-soon';
  return { dueAt, state, remainingMs };
}
