import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { logbookClassifications } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import { findLogbookClassification } from './list-logbook-classifications.js';
import { nameTaken } from './organisation-rows.js';

/** Renames a classification or moves it in the list. */
export async function changeLogbookClassification(
  db: Database,
  actor: Actor,
  classificationId: string,
  changes: { name?: string; position?: number },
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const where = and(
      eq(logbookClassifications.organisationId, organisationId),
      eq(logbookClassifications.id, classificationId),
    );
    const [classification] = await tx
      .select({ id: logbookClassifications.id })
      .from(logbookClassifications)
      .where(where);
    if (!classification) throw notFound();
    if (
      changes.name !== undefined &&
      (await nameTaken(
        tx,
        logbookClassifications,
        logbookClassifications.name,
        organisationId,
        changes.name,
        classificationId,
      ))
    )
      throw new DomainError('classification_name_taken', 409);
    if (changes.name !== undefined || changes.position !== undefined)
      await tx
        .update(logbookClassifications)
        .set({ name: changes.name, position: changes.position })
        .where(where);
    return findLogbookClassification(tx, organisationId, classificationId);
  });
}
