import { and, eq, sql } from 'drizzle-orm';
import type { AuditAction } from '../../../common/audit-actions.js';
import type { Database } from '../../db/database.js';
import { type IncidentStatus, incidents } from '../../db/schema/incidents.js';
import { inTenant } from '../../db/tenant-transaction.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import {
  canChangeIncidentStatus,
  canSeeIncident,
  isIncidentStatusTransition,
} from '../../policies/incidents.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, forbidden, notFound } from '../domain-error.js';
import { announceToIncidentLists, incidentTopic, isIncidentParticipant } from './incident-access.js';
import { describeIncident, incidentPermissions } from './incident-view.js';

export interface IncidentChanges {
  title?: string;
  description?: string;
  labels?: string[];
  chatEnabled?: boolean;
  status?: IncidentStatus;
}

const STATUS_AUDIT: Record<IncidentStatus, AuditAction> = {
  active: 'incident.reopened',
  closed: 'incident.closed',
  archived: 'incident.archived',
};

/**
 * Edits an active incident's details, or moves its status (active → closed → archived, and back one
 * step by an admin) recording who and when. A closed incident is read-only: only its status moves.
 */
export async function changeIncident(
  db: Database,
  actor: Actor,
  incidentId: string,
  changes: IncidentChanges,
  ipAddress: string,
) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const [incident] = await tx
      .select()
      .from(incidents)
      .where(and(eq(incidents.id, incidentId), eq(incidents.organisationId, actor.organisationId)))
      .for('update');
    if (!incident) throw notFound();
    const isParticipant = await isIncidentParticipant(tx, incident.id, actor.userId);
    if (!canSeeIncident(actor, isParticipant)) throw notFound();

    const { status, ...content } = changes;
    const editsContent = Object.values(content).some((value) => value !== undefined);
    if (editsContent && incident.status !== 'active') throw new DomainError('incident_closed', 409);
    const movesStatus = status !== undefined && status !== incident.status;
    if (movesStatus) {
      if (!isIncidentStatusTransition(incident.status, status))
        throw new DomainError('incident_status_transition', 400);
      if (!canChangeIncidentStatus(actor, incident, status, isParticipant)) throw forbidden();
    }
    if (!editsContent && !movesStatus)
      return {
        ...(await describeIncident(tx, incident)),
        permissions: incidentPermissions(actor, incident, isParticipant),
      };

    const now = new Date();
    const [updated] = await tx
      .update(incidents)
      .set({
        ...(content.title !== undefined ? { title: content.title } : {}),
        ...(content.description !== undefined ? { description: content.description } : {}),
        ...(content.labels !== undefined ? { labels: content.labels } : {}),
        ...(content.chatEnabled !== undefined ? { chatEnabled: content.chatEnabled } : {}),
        ...(movesStatus ? statusFields(incident.status, status, actor.userId, now) : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(incidents.id, incident.id))
      .returning();
    if (!updated) throw notFound();
    const view = await describeIncident(tx, updated);
    await recordEvent(tx, {
      organisationId: actor.organisationId,
      topic: incidentTopic(incident.id),
      type: 'incident.changed',
      payload: { incident: view },
      actorId: actor.userId,
    });
    await announceToIncidentLists(tx, actor, incident.id, 'incident.changed');
    if (movesStatus)
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: STATUS_AUDIT[status],
        targetType: 'incident',
        targetId: incident.id,
        ipAddress,
        details: { number: incident.number, from: incident.status, to: status },
      });
    return { ...view, permissions: incidentPermissions(actor, updated, isParticipant) };
  });
}

/** Who/when of a status move; stepping back clears the step it undoes. */
function statusFields(from: IncidentStatus, to: IncidentStatus, userId: string, now: Date) {
  if (to === 'closed' && from === 'active') return { status: to, closedAt: now, closedBy: userId };
  if (to === 'active') return { status: to, closedAt: null, closedBy: null };
  if (to === 'archived') return { status: to, archivedAt: now, archivedBy: userId };
  return { status: to, archivedAt: null, archivedBy: null };
}
