import { and, asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { logbookEntries } from '../../db/schema/incidents.js';
import { notFound } from '../domain-error.js';
import type { LogbookEntryRow } from './logbook-entry-view.js';

/**
 * Every revision of the entry that `entryId` (any of its revisions) belongs to, oldest first; 404
 * when the id is not an entry of this incident in this organisation.
 */
export async function revisionsOfEntry(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
  entryId: string,
): Promise<[LogbookEntryRow, ...LogbookEntryRow[]]> {
  const [entry] = await tx
    .select({ sequence: logbookEntries.sequence })
    .from(logbookEntries)
    .where(
      and(
        eq(logbookEntries.id, entryId),
        eq(logbookEntries.incidentId, incidentId),
        eq(logbookEntries.organisationId, organisationId),
      ),
    );
  if (!entry) throw notFound();
  const revisions = await tx
    .select()
    .from(logbookEntries)
    .where(
      and(
        eq(logbookEntries.incidentId, incidentId),
        eq(logbookEntries.organisationId, organisationId),
        eq(logbookEntries.sequence, entry.sequence),
      ),
    )
    .orderBy(asc(logbookEntries.revision));
  const [first, ...rest] = revisions;
  if (!first) throw notFound();
  return [first, ...rest];
}
