import { desc, lt } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { mailMessages } from '../../db/schema/mail-messages.js';

export type OutboxMessage = typeof mailMessages.$inferSelect;

/**
 * Mail messages newest first, for operators reading the local outbox. Page on with `before`, the
 * id of the last message seen (ids are time-ordered). Scoped to one organisation when run in a
 * tenant transaction.
 */
export async function listOutboxMessages(
  db: Database | Transaction,
  options: { limit: number; before?: string },
): Promise<OutboxMessage[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 200);
  return db
    .select()
    .from(mailMessages)
    .where(options.before === undefined ? undefined : lt(mailMessages.id, options.before))
    .orderBy(desc(mailMessages.id))
    .limit(limit);
}
