// How long a website conversation is kept (P9): until the visitor is satisfied with the answer.
// The use cases keep `purge_after` on the conversation; the daily retention job deletes every
// conversation past it (modules/privacy/retention/purge-plan.ts), messages and all.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days the visitor has to answer "is your question answered?" before silence counts as yes. */
export const SITE_CHAT_CONFIRM_DAYS = 7;
/** The longest a conversation is kept, resolved or not, counted from its first message. */
export const SITE_CHAT_MAX_AGE_DAYS = 30;

/** The latest a conversation may be kept: its maximum age. */
export const maxAgeDeadline = (createdAt: Date) =>
  new Date(createdAt.getTime() + SITE_CHAT_MAX_AGE_DAYS * DAY_MS);

/**
 * Staff marked it answered: without an answer from the visitor within SITE_CHAT_CONFIRM_DAYS it
 * counts as resolved, and the maximum age still applies.
 */
export const unansweredDeadline = (createdAt: Date, answeredAt: Date) =>
  new Date(
    Math.min(maxAgeDeadline(createdAt).getTime(), answeredAt.getTime() + SITE_CHAT_CONFIRM_DAYS * DAY_MS),
  );
