import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { logbookClassifications, logbookLabels } from '../../db/schema/preparation.js';
import { DomainError } from '../domain-error.js';

/**
 * Refuses a classification or label that is not the organisation's own (another organisation's id
 * looks exactly like one that never existed), with a message saying which of the two it is.
 */
export async function assertLogbookReferences(
  tx: Transaction,
  organisationId: string,
  references: { classificationId?: string | null; labelIds?: string[] },
): Promise<void> {
  const { classificationId, labelIds = [] } = references;
  if (classificationId) {
    const [classification] = await tx
      .select({ id: logbookClassifications.id })
      .from(logbookClassifications)
      .where(
        and(
          eq(logbookClassifications.id, classificationId),
          eq(logbookClassifications.organisationId, organisationId),
        ),
      );
    if (!classification) throw new DomainError('logbook_classification_unknown', 400);
  }
  const wanted = [...new Set(labelIds)];
  if (wanted.length > 0) {
    const found = await tx
      .select({ id: logbookLabels.id })
      .from(logbookLabels)
      .where(and(inArray(logbookLabels.id, wanted), eq(logbookLabels.organisationId, organisationId)));
    if (found.length !== wanted.length) throw new DomainError('logbook_label_unknown', 400);
  }
}
