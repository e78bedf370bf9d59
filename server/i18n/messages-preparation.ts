/** Messages of the preparation area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const PREPARATION_MESSAGES = {
} as const satisfies Record<string, { nl: string; en: string }>;
