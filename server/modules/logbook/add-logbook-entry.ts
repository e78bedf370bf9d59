import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { incidentAttachments } from '../../db/schema/incidents.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { writableIncident } from '../incidents/incident-access.js';
import { type AttachmentUpload, readAttachmentUpload } from './attachment-file.js';
import type { LogbookEntry } from './logbook-entry-view.js';
import { assertLogbookReferences } from './logbook-references.js';
import { writeLogbookRevision } from './write-logbook-revision.js';

export interface NewLogbookEntry {
  text: string;
  classificationId?: string | null;
  labelIds?: string[];
  isDecision?: boolean;
  /** When it happened, if earlier than now. */
  occurredAt?: Date;
  attachment?: AttachmentUpload;
}

/**
 * Writes a new entry at the end of the logbook. Its sequence is the last one plus one, taken under
 * the incident's row lock, so concurrent writers never share or skip a number and every reader sees
 * the same order. The event carries the entry as GET shows it.
 */
export async function addLogbookEntry(
  db: Database,
  actor: Actor,
  incidentId: string,
  input: NewLogbookEntry,
): Promise<LogbookEntry> {
  // Decoded and checked before the lock is taken, so a large upload does not hold up other writers.
  const file = input.attachment ? readAttachmentUpload(input.attachment) : undefined;
  const organisationId = actor.organisationId;
  return inTenant(db, organisationId, async (tx) => {
    const { incident } = await writableIncident(tx, actor, incidentId);
    await assertLogbookReferences(tx, organisationId, input);
    let attachmentId: string | null = null;
    if (file) {
      attachmentId = uuidv7();
      await tx.insert(incidentAttachments).values({
        id: attachmentId,
        organisationId,
        incidentId: incident.id,
        uploadedBy: actor.userId,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.byteSize,
        content: sql`decode(${file.contentBase64}, 'base64')`,
      });
    }
    return writeLogbookRevision(
      tx,
      actor,
      incident.id,
      {
        // Computed in the insert itself: one round trip less while the incident is locked.
        sequence: sql`(select coalesce(max(sequence), 0) + 1 from logbook_entries where incident_id = ${incident.id})`,
        classificationId: input.classificationId ?? null,
        labelIds: [...new Set(input.labelIds ?? [])],
        isDecision: input.isDecision ?? false,
        text: input.text,
        // The moment of writing is after the lock, so it follows the sequence.
        occurredAt: input.occurredAt ?? sql`clock_timestamp()`,
        attachmentId,
      },
      'logbook.entry_added',
    );
  });
}
