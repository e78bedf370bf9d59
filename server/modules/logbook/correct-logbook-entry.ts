import type { Database } from '../../db/database.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { writableIncident } from '../incidents/incident-access.js';
import type { LogbookEntry } from './logbook-entry-view.js';
import { assertLogbookReferences } from './logbook-references.js';
import { revisionsOfEntry } from './logbook-revisions.js';
import { writeLogbookRevision } from './write-logbook-revision.js';

export interface LogbookCorrection {
  text: string;
  reason: string;
  /** Omitted: keeps the current value; null removes the classification. */
  classificationId?: string | null;
  labelIds?: string[];
  isDecision?: boolean;
}

/**
 * Corrects an entry by adding its next revision (same sequence, with the reason); the earlier
 * revisions stay as they were, readable in the history. What the correction leaves out (time of
 * the event, attachment, and any field not given) carries over from the current revision.
 */
export async function correctLogbookEntry(
  db: Database,
  actor: Actor,
  incidentId: string,
  entryId: string,
  correction: LogbookCorrection,
): Promise<LogbookEntry> {
  const organisationId = actor.organisationId;
  return inTenant(db, organisationId, async (tx) => {
    const { incident } = await writableIncident(tx, actor, incidentId);
    const revisions = await revisionsOfEntry(tx, organisationId, incident.id, entryId);
    const current = revisions.at(-1) ?? revisions[0];
    await assertLogbookReferences(tx, organisationId, correction);
    return writeLogbookRevision(
      tx,
      actor,
      incident.id,
      {
        sequence: current.sequence,
        revision: current.revision + 1,
        classificationId:
          correction.classificationId === undefined ? current.classificationId : correction.classificationId,
        labelIds: correction.labelIds ? [...new Set(correction.labelIds)] : current.labelIds,
        isDecision: correction.isDecision ?? current.isDecision,
        text: correction.text,
        occurredAt: current.occurredAt,
        attachmentId: current.attachmentId,
        correctionReason: correction.reason,
      },
      'logbook.entry_corrected',
    );
  });
}
