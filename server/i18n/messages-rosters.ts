/** Messages of the rosters area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const ROSTERS_MESSAGES = {} as const;
