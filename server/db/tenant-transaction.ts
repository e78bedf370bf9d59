import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database.js';

/**
 * Runs request work for one organisation in a transaction under row-level security: queries see
 * and write only that organisation's rows, whatever their WHERE clause says. Keep it short: on
 * PGlite a transaction holds the only connection.
 */
// @promise P12 need-to-know: every tenant query runs under row-level security for its organisation
export function inTenant<T>(
  db: Database,
  organisationId: string,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await tx.execute(
      sql`select set_config('app.organisation_id', ${organisationId}, true), set_config('role', 'baken_tenant', true)`,
    );
    return work(tx);
  });
}
