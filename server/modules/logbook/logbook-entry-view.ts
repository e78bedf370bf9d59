import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentAttachments, type logbookEntries } from '../../db/schema/incidents.js';
import { logbookClassifications, logbookLabels } from '../../db/schema/preparation.js';
import { type PersonRef, personRef, userNames } from '../incidents/user-names.js';

export type LogbookEntryRow = typeof logbookEntries.$inferSelect;

export interface AttachmentSummary {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** One revision of a logbook entry as the API, the live stream and the report show it. */
export interface LogbookEntry {
  id: string;
  sequence: number;
  revision: number;
  /** Who wrote this revision (for a correction: who corrected it). */
  author: PersonRef | null;
  classification: { id: string; name: string } | null;
  labels: { id: string; name: string }[];
  isDecision: boolean;
  text: string;
  occurredAt: string;
  createdAt: string;
  attachment: AttachmentSummary | null;
  correctionReason: string | null;
  corrected: boolean;
}

const idsOf = (values: Iterable<string | null>) => [
  ...new Set([...values].filter((id): id is string => id !== null)),
];

/**
 * Turns revisions into what the API shows, with names of authors, classification, labels and the
 * attachment, in one query each. A label removed from the set-up since simply drops off.
 */
export async function presentLogbookEntries(
  tx: Transaction,
  organisationId: string,
  rows: LogbookEntryRow[],
  knownPeople: readonly PersonRef[] = [],
): Promise<LogbookEntry[]> {
  if (rows.length === 0) return [];
  const classificationIds = idsOf(rows.map((row) => row.classificationId));
  const labelIds = idsOf(rows.flatMap((row) => row.labelIds));
  const attachmentIds = idsOf(rows.map((row) => row.attachmentId));
  // One after the other: a transaction is one connection, and pg refuses overlapping queries on it.
  const names = await userNames(
    tx,
    organisationId,
    rows.map((row) => row.authorId),
    knownPeople,
  );
  const classifications =
    classificationIds.length === 0
      ? []
      : await tx
          .select({ id: logbookClassifications.id, name: logbookClassifications.name })
          .from(logbookClassifications)
          .where(
            and(
              eq(logbookClassifications.organisationId, organisationId),
              inArray(logbookClassifications.id, classificationIds),
            ),
          );
  const labels =
    labelIds.length === 0
      ? []
      : await tx
          .select({ id: logbookLabels.id, name: logbookLabels.name })
          .from(logbookLabels)
          .where(and(eq(logbookLabels.organisationId, organisationId), inArray(logbookLabels.id, labelIds)));
  const attachments =
    attachmentIds.length === 0
      ? []
      : await tx
          .select({
            id: incidentAttachments.id,
            fileName: incidentAttachments.fileName,
            contentType: incidentAttachments.contentType,
            byteSize: incidentAttachments.byteSize,
          })
          .from(incidentAttachments)
          .where(
            and(
              eq(incidentAttachments.organisationId, organisationId),
              inArray(incidentAttachments.id, attachmentIds),
            ),
          );
  const classificationById = new Map(classifications.map((row) => [row.id, row]));
  const labelById = new Map(labels.map((row) => [row.id, row]));
  const attachmentById = new Map(attachments.map((row) => [row.id, row]));
  return rows.map((row) => ({
    id: row.id,
    sequence: row.sequence,
    revision: row.revision,
    author: personRef(names, row.authorId),
    classification: (row.classificationId && classificationById.get(row.classificationId)) || null,
    labels: row.labelIds.flatMap((id) => labelById.get(id) ?? []),
    isDecision: row.isDecision,
    text: row.text,
    occurredAt: row.occurredAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    attachment: (row.attachmentId && attachmentById.get(row.attachmentId)) || null,
    correctionReason: row.correctionReason,
    corrected: row.revision > 1,
  }));
}
