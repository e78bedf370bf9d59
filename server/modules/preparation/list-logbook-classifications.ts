import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { logbookClassifications } from '../../db/schema/preparation.js';
import { notFound } from '../domain-error.js';
import { byName } from './organisation-rows.js';

/** The kinds of logbook entry (Melding, Besluit, …) in the order the admin gave them. */
export async function listLogbookClassifications(
  tx: Transaction,
  organisationId: string,
  classificationId?: string,
) {
  const rows = await tx
    .select({
      id: logbookClassifications.id,
      name: logbookClassifications.name,
      position: logbookClassifications.position,
    })
    .from(logbookClassifications)
    .where(
      and(
        eq(logbookClassifications.organisationId, organisationId),
        classificationId ? eq(logbookClassifications.id, classificationId) : undefined,
      ),
    );
  return rows.sort((a, b) => a.position - b.position || byName(a, b));
}

/** One classification; 404 when the organisation has no such classification. */
export async function findLogbookClassification(
  tx: Transaction,
  organisationId: string,
  classificationId: string,
) {
  const [classification] = await listLogbookClassifications(tx, organisationId, classificationId);
  if (!classification) throw notFound();
  return classification;
}
