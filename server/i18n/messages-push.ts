/** Messages of the push area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const PUSH_MESSAGES = {} as const;
