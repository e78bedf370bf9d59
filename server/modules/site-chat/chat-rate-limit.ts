import type { Database } from '../../db/database.js';
import { counterKey, limitOrRefuse } from '../accounts/login-throttle.js';

// A public form that writes to the database must not become a way to fill it or the staff's
// inbox: a few new conversations per address of origin, and a human pace of messages per
// conversation and per address. The counters are the shared ones of sign-in (hashed keys).
const RULES = {
  start: { prefix: 'site-chat-start-ip', limit: 5, windowMs: 60 * 60 * 1000 },
  messageFromIp: { prefix: 'site-chat-ip', limit: 60, windowMs: 10 * 60 * 1000 },
  messageInConversation: { prefix: 'site-chat-conversation', limit: 30, windowMs: 10 * 60 * 1000 },
  // A widget long-polls every 25 s; a few open tabs and reloads stay far below this, while a
  // loop of reads (each a few queries, some holding a listener) is cut off.
  readFromIp: { prefix: 'site-chat-read-ip', limit: 120, windowMs: 10 * 60 * 1000 },
} as const;

function count(db: Database, rule: (typeof RULES)[keyof typeof RULES], value: string, now: Date) {
  return limitOrRefuse(db, counterKey(rule.prefix, value), rule.limit, rule.windowMs, now);
}

/** Counts a new conversation from this address; over the limit answers 429 with Retry-After. */
export async function limitChatStarts(db: Database, ipAddress: string, now: Date): Promise<void> {
  await count(db, RULES.start, ipAddress, now);
  await count(db, RULES.messageFromIp, ipAddress, now);
}

/** Counts a visitor's message, per address and per conversation. */
export async function limitChatMessages(
  db: Database,
  ipAddress: string,
  conversationId: string,
  now: Date,
): Promise<void> {
  await count(db, RULES.messageFromIp, ipAddress, now);
  await count(db, RULES.messageInConversation, conversationId, now);
}

/** Counts a visitor's read (or long-poll) of their conversation, per address. */
export async function limitChatReads(db: Database, ipAddress: string, now: Date): Promise<void> {
  await count(db, RULES.readFromIp, ipAddress, now);
}
