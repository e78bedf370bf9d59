import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { logbookClassifications } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/** Removes a classification; logbook entries that had it keep their text, without the classification. */
export async function deleteLogbookClassification(db: Database, actor: Actor, classificationId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(logbookClassifications)
      .where(
        and(
          eq(logbookClassifications.organisationId, organisationId),
          eq(logbookClassifications.id, classificationId),
        ),
      )
      .returning({ id: logbookClassifications.id });
    if (!deleted) throw notFound();
  });
}
