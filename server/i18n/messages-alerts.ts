/** Messages of the alerts area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const ALERTS_MESSAGES = {} as const;
