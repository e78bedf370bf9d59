import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentAttachments, logbookEntries } from '../../db/schema/incidents.js';
import { logbookClassifications, logbookLabels } from '../../db/schema/preparation.js';
import { type PersonRef, personRef } from '../incidents/user-names.js';
import type { RecordLogbookEntry, RecordLogbookRevision } from './incident-record.js';

type EntryRow = typeof logbookEntries.$inferSelect;

/** Every revision of the incident's logbook, in order of sequence and revision. */
export function logbookRows(tx: Transaction, organisationId: string, incidentId: string) {
  return tx
    .select()
    .from(logbookEntries)
    .where(and(eq(logbookEntries.incidentId, incidentId), eq(logbookEntries.organisationId, organisationId)))
    .orderBy(asc(logbookEntries.sequence), asc(logbookEntries.revision));
}

/**
 * The logbook as the record shows it: per sequence the current (highest) revision, carrying the
 * revisions it replaced, so a correction never hides what was written first.
 */
export async function collectLogbook(
  tx: Transaction,
  organisationId: string,
  rows: EntryRow[],
  names: Map<string, PersonRef>,
): Promise<RecordLogbookEntry[]> {
  const lookups = await logbookLookups(tx, organisationId, rows);
  const revision = (row: EntryRow): RecordLogbookRevision => {
    const attachment = row.attachmentId ? lookups.attachments.get(row.attachmentId) : undefined;
    return {
      id: row.id,
      revision: row.revision,
      author: personRef(names, row.authorId),
      classification: (row.classificationId && lookups.classifications.get(row.classificationId)) || null,
      labels: row.labelIds.flatMap((id) => lookups.labels.get(id) ?? []),
      isDecision: row.isDecision,
      text: row.text,
      occurredAt: row.occurredAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      attachment: attachment ?? null,
      correctionReason: row.correctionReason,
    };
  };
  const bySequence = new Map<number, EntryRow[]>();
  for (const row of rows) {
    const revisions = bySequence.get(row.sequence);
    if (revisions) revisions.push(row);
    else bySequence.set(row.sequence, [row]);
  }
  return [...bySequence.entries()].flatMap(([sequence, revisions]) => {
    const current = revisions.at(-1);
    if (!current) return [];
    return [
      {
        ...revision(current),
        sequence,
        corrected: revisions.length > 1,
        earlierRevisions: revisions.slice(0, -1).map(revision),
      },
    ];
  });
}

/** Names of the classifications and labels, and what the attachments are, in one query each. */
async function logbookLookups(tx: Transaction, organisationId: string, rows: EntryRow[]) {
  const classificationIds = unique(rows.map((row) => row.classificationId));
  const labelIds = unique(rows.flatMap((row) => row.labelIds));
  const attachmentIds = unique(rows.map((row) => row.attachmentId));
  const classifications = classificationIds.length
    ? await tx
        .select({ id: logbookClassifications.id, name: logbookClassifications.name })
        .from(logbookClassifications)
        .where(
          and(
            eq(logbookClassifications.organisationId, organisationId),
            inArray(logbookClassifications.id, classificationIds),
          ),
        )
    : [];
  const labels = labelIds.length
    ? await tx
        .select({ id: logbookLabels.id, name: logbookLabels.name })
        .from(logbookLabels)
        .where(and(eq(logbookLabels.organisationId, organisationId), inArray(logbookLabels.id, labelIds)))
    : [];
  const attachments = attachmentIds.length
    ? await tx
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
        )
    : [];
  return {
    classifications: new Map(classifications.map((row) => [row.id, row])),
    labels: new Map(labels.map((row) => [row.id, row])),
    attachments: new Map(attachments.map((row) => [row.id, row])),
  };
}

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
