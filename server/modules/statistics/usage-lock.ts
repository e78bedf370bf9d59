import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';

// Any constant works; it only has to be the same for the projector and an objection.
const USAGE_FACTS_LOCK = 7310;

/**
 * Serialises the projector's batch with an objection: without it a batch that read the person as
 * "may be counted" could insert a fact just after the objection deleted theirs. Held to commit.
 */
export async function lockUsageFacts(tx: Transaction): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${USAGE_FACTS_LOCK})`);
}
