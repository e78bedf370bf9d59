import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentLocations } from '../../db/schema/incidents.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';
import { incidentTopic, writableIncident } from '../incidents/incident-access.js';

/** Removes a place from an active incident (the organisation's default location stays). */
export async function removeIncidentLocation(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  incidentLocationId: string,
) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  const removed = await tx
    .delete(incidentLocations)
    .where(
      and(
        eq(incidentLocations.id, incidentLocationId),
        eq(incidentLocations.incidentId, incident.id),
        eq(incidentLocations.organisationId, actor.organisationId),
      ),
    )
    .returning({ id: incidentLocations.id });
  if (removed.length === 0) throw notFound();
  await recordEvent(tx, {
    organisationId: actor.organisationId,
    topic: incidentTopic(incident.id),
    type: 'location.removed',
    payload: { id: incidentLocationId },
    actorId: actor.userId,
  });
}
