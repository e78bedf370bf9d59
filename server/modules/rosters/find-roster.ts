import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { notFound } from '../domain-error.js';
import type { RosterRow } from './roster-inputs.js';

/**
 * One roster of the organisation, or 404 (another organisation's roster is as unknown as one that
 * does not exist). `lock` takes its row lock, so changes to it and its swaps happen one at a time.
 */
export async function findRoster(
  tx: Transaction,
  organisationId: string,
  rosterId: string,
  lock = false,
): Promise<RosterRow> {
  const query = tx
    .select()
    .from(onCallRosters)
    .where(and(eq(onCallRosters.organisationId, organisationId), eq(onCallRosters.id, rosterId)));
  const [roster] = lock ? await query.for('update') : await query;
  if (!roster) throw notFound();
  return roster;
}
