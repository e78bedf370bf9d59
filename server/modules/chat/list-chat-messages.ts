import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { chatMessages } from '../../db/schema/incidents.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { readableIncident } from '../incidents/incident-access.js';
import { type ChatMessage, presentChatMessages } from './chat-message-view.js';

export const DEFAULT_CHAT_PAGE = 100;

/**
 * One page of the chat: the newest `limit` messages, or the newest before the message `before`
 * (to scroll back), returned oldest first as a chat shows them.
 */
export async function listChatMessages(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  page: { before?: string; limit?: number } = {},
): Promise<ChatMessage[]> {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const inThisChat = and(
    eq(chatMessages.incidentId, incident.id),
    eq(chatMessages.organisationId, actor.organisationId),
  );
  let olderThanCursor: SQL | undefined;
  if (page.before) {
    const [cursor] = await tx
      .select({ id: chatMessages.id })
      .from(chatMessages)
      .where(and(inThisChat, eq(chatMessages.id, page.before)));
    if (!cursor) throw new DomainError('chat_cursor_unknown', 400);
    // Compared in the database: its microseconds would be lost in a JavaScript Date.
    olderThanCursor = sql`(${chatMessages.createdAt}, ${chatMessages.id}) < (
      select anchor.created_at, anchor.id from ${chatMessages} anchor where anchor.id = ${cursor.id})`;
  }
  const newestFirst = await tx
    .select()
    .from(chatMessages)
    .where(and(inThisChat, olderThanCursor))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(page.limit ?? DEFAULT_CHAT_PAGE);
  return presentChatMessages(tx, actor.organisationId, newestFirst.reverse());
}

/** The whole chat, oldest first, for the export. */
export async function allChatMessages(tx: Transaction, organisationId: string, incidentId: string) {
  const rows = await tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.incidentId, incidentId), eq(chatMessages.organisationId, organisationId)))
    .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id));
  return presentChatMessages(tx, organisationId, rows);
}
