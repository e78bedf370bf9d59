import type { Transaction } from '../../db/database.js';
import type { chatMessages } from '../../db/schema/incidents.js';
import { type PersonRef, personRef, userNames } from '../incidents/user-names.js';

export type ChatMessageRow = typeof chatMessages.$inferSelect;

/** A chat message as the API and the live stream show it. */
export interface ChatMessage {
  id: string;
  author: PersonRef | null;
  body: string;
  createdAt: string;
}

/** Chat rows with their authors' names, in one query. */
export async function presentChatMessages(
  tx: Transaction,
  organisationId: string,
  rows: ChatMessageRow[],
): Promise<ChatMessage[]> {
  const names = await userNames(
    tx,
    organisationId,
    rows.map((row) => row.authorId),
  );
  return rows.map((row) => ({
    id: row.id,
    author: personRef(names, row.authorId),
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  }));
}
