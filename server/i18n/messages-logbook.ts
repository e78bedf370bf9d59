/** Messages of the logbook area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const LOGBOOK_MESSAGES = {
} as const satisfies Record<string, { nl: string; en: string }>;
