import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { logbookLabels } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import { findLogbookLabel } from './list-logbook-labels.js';
import { nameTaken } from './organisation-rows.js';

/** Renames a label; entries that carry it show the new name. */
export async function changeLogbookLabel(
  db: Database,
  actor: Actor,
  labelId: string,
  changes: { name: string },
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const where = and(eq(logbookLabels.organisationId, organisationId), eq(logbookLabels.id, labelId));
    const [label] = await tx.select({ id: logbookLabels.id }).from(logbookLabels).where(where);
    if (!label) throw notFound();
    if (await nameTaken(tx, logbookLabels, logbookLabels.name, organisationId, changes.name, labelId))
      throw new DomainError('label_name_taken', 409);
    await tx.update(logbookLabels).set({ name: changes.name }).where(where);
    return findLogbookLabel(tx, organisationId, labelId);
  });
}
