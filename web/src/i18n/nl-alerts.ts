/** Dutch text for alerts. */
export const alertsNl = {
  alerts: {},
};
