import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { events } from '../../db/schema/events.js';
import { incidents } from '../../db/schema/incidents.js';
import { inTenant } from '../../db/tenant-transaction.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { canDeleteIncident } from '../../policies/incidents.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, forbidden, notFound } from '../domain-error.js';
import { incidentIsHeld } from '../privacy/legal-hold/active-holds.js';
import { announceToIncidentLists, incidentTopic, isIncidentParticipant } from './incident-access.js';

/**
 * Removes an incident and everything in it, for good (admins only). The audit log keeps that it
 * happened, by whom, and its number and title; its live events go too, so no copy of its content
 * stays behind in the event store.
 */
export async function deleteIncident(db: Database, actor: Actor, incidentId: string, ipAddress: string) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const [incident] = await tx
      .select({
        id: incidents.id,
        number: incidents.number,
        title: incidents.title,
        status: incidents.status,
      })
      .from(incidents)
      .where(and(eq(incidents.id, incidentId), eq(incidents.organisationId, actor.organisationId)))
      .for('update');
    if (!incident) throw notFound();
    if (!canDeleteIncident(actor)) {
      // Only someone who may see it learns that it exists.
      throw (await isIncidentParticipant(tx, incident.id, actor.userId)) ? forbidden() : notFound();
    }
    // A legal hold (art. 17(3)) keeps the record until it is lifted.
    if (await incidentIsHeld(tx, incident.id, new Date()))
      throw new DomainError('legal_hold_incident_held', 409);
    // Told before the delete takes the participants with it.
    await announceToIncidentLists(tx, actor, incident.id, 'incident.deleted');
    await tx.delete(incidents).where(eq(incidents.id, incident.id));
    await tx
      .delete(events)
      .where(
        and(eq(events.organisationId, actor.organisationId), eq(events.topic, incidentTopic(incident.id))),
      );
    await recordEvent(tx, {
      organisationId: actor.organisationId,
      topic: incidentTopic(incident.id),
      type: 'incident.deleted',
      payload: { incidentId: incident.id },
      actorId: actor.userId,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'incident.deleted',
      targetType: 'incident',
      targetId: incident.id,
      ipAddress,
      details: { number: incident.number, title: incident.title, status: incident.status },
    });
  });
}
