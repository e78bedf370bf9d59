import { asc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { siteChatConversations, siteChatMessages } from '../../db/schema/site-chat.js';
import { users } from '../../db/schema/users.js';
import { recordEvent } from '../../events/record-event.js';
import { DomainError } from '../domain-error.js';
import { hashVisitorToken } from './visitor-token.js';

export type ConversationRow = typeof siteChatConversations.$inferSelect;
export type ConversationChange = Partial<Omit<typeof siteChatConversations.$inferInsert, 'id' | 'version'>>;

/** The live-stream topic of the staff inbox; events carry ids and versions only, never words. */
export const SITE_CHAT_TOPIC = 'site-chat';
export const SITE_CHAT_EVENT = 'site_chat.changed';

/** A conversation that is gone (deleted by the visitor or by retention) or was never there. */
export const conversationGone = () => new DomainError('site_chat_not_found', 404);

/** The visitor's conversation by their token; 404 for a wrong, ended or purged token alike. */
export async function conversationOfToken(
  db: Database | Transaction,
  token: string,
): Promise<ConversationRow> {
  const [row] = await db
    .select()
    .from(siteChatConversations)
    .where(eq(siteChatConversations.tokenHash, hashVisitorToken(token)));
  if (!row) throw conversationGone();
  return row;
}

export async function conversationById(db: Database | Transaction, id: string): Promise<ConversationRow> {
  const [row] = await db.select().from(siteChatConversations).where(eq(siteChatConversations.id, id));
  if (!row) throw conversationGone();
  return row;
}

/** The messages of a conversation, oldest first, with the staff member's name for the inbox. */
export function messagesOf(db: Database | Transaction, conversationId: string) {
  return db
    .select({
      id: siteChatMessages.id,
      author: siteChatMessages.author,
      body: siteChatMessages.body,
      createdAt: siteChatMessages.createdAt,
      staffName: users.name,
    })
    .from(siteChatMessages)
    .leftJoin(users, eq(users.id, siteChatMessages.staffUserId))
    .where(eq(siteChatMessages.conversationId, conversationId))
    .orderBy(asc(siteChatMessages.createdAt), asc(siteChatMessages.id));
}

export type ChatMessage = Awaited<ReturnType<typeof messagesOf>>[number];

/**
 * Tells open screens (the inbox, the visitor's widget) that a conversation changed. The operator's
 * organisation owns the event, so only its people can follow the topic on /api/events; the payload
 * is the id and version only, and screens fetch what they may see.
 */
export async function announceChange(tx: Transaction, conversationId: string, version: number | null) {
  const [operator] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isOperator, true))
    .limit(1);
  if (!operator) return;
  await recordEvent(tx, {
    organisationId: operator.id,
    topic: SITE_CHAT_TOPIC,
    type: SITE_CHAT_EVENT,
    payload: { conversationId, version },
  });
}

/** The conversation's row, locked until the transaction ends: its changes happen one at a time. */
export async function lockConversation(tx: Transaction, id: string): Promise<ConversationRow> {
  const [row] = await tx
    .select()
    .from(siteChatConversations)
    .where(eq(siteChatConversations.id, id))
    .for('update');
  if (!row) throw conversationGone();
  return row;
}

/** Saves a change to a locked conversation, raises its version and announces it, in the caller's transaction. */
export async function changeConversation(
  tx: Transaction,
  conversation: ConversationRow,
  change: ConversationChange,
  now: Date,
): Promise<ConversationRow> {
  const [changed] = await tx
    .update(siteChatConversations)
    .set({ ...change, updatedAt: now, version: sql`${siteChatConversations.version} + 1` })
    .where(eq(siteChatConversations.id, conversation.id))
    .returning();
  if (!changed) throw conversationGone();
  await announceChange(tx, changed.id, changed.version);
  return changed;
}
