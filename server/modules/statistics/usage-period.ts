/** The periods a dashboard offers, in days. */
export const USAGE_PERIODS = [30, 90, 365] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number];

// Weeks start on Monday in the Netherlands; a week is counted in Dutch time.
export const STATISTICS_TIME_ZONE = 'Europe/Amsterdam';

export interface PeriodBounds {
  days: UsagePeriod;
  from: Date;
  to: Date;
}

export function periodBounds(days: UsagePeriod, now: Date): PeriodBounds {
  return { days, from: new Date(now.getTime() - days * 86_400_000), to: now };
}
