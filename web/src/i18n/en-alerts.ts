import type { alertsNl } from './nl-alerts';

/** English text for alerts. */
export const alertsEn: typeof alertsNl = {
  alerts: {},
};
