/** Messages of the tasks area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const TASKS_MESSAGES = {
} as const satisfies Record<string, { nl: string; en: string }>;
