import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { incidentLocations } from '../../db/schema/incidents.js';
import { locations } from '../../db/schema/preparation.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { incidentTopic, writableIncident } from '../incidents/incident-access.js';
import { presentIncidentLocations } from './incident-location-view.js';

/** A default location of the organisation, or a place entered on the spot. */
export type NewIncidentLocation =
  | { locationId: string }
  | {
      name: string;
      address?: string | undefined;
      latitude?: number | null | undefined;
      longitude?: number | null | undefined;
      description?: string | undefined;
    };

/**
 * Adds a place to an active incident. A default location is copied (so later edits of the
 * preparation do not move the record) and keeps its id as a reference; adding the same one twice is
 * refused.
 */
export async function addIncidentLocation(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  input: NewIncidentLocation,
) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  const place =
    'locationId' in input
      ? await defaultLocation(tx, actor.organisationId, incident.id, input.locationId)
      : {
          locationId: null,
          name: input.name,
          address: input.address ?? '',
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          description: input.description ?? '',
        };
  const [row] = await tx
    .insert(incidentLocations)
    .values({
      ...place,
      id: uuidv7(),
      organisationId: actor.organisationId,
      incidentId: incident.id,
      addedBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error('incident location insert returned no row');
  const [location] = await presentIncidentLocations(tx, actor.organisationId, [row]);
  if (!location) throw new Error('incident location vanished inside its own transaction');
  await recordEvent(tx, {
    organisationId: actor.organisationId,
    topic: incidentTopic(incident.id),
    type: 'location.added',
    payload: { location },
    actorId: actor.userId,
  });
  return location;
}

async function defaultLocation(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
  locationId: string,
) {
  const [location] = await tx
    .select()
    .from(locations)
    .where(and(eq(locations.id, locationId), eq(locations.organisationId, organisationId)));
  if (!location) throw new DomainError('incident_location_unknown', 400);
  const [already] = await tx
    .select({ id: incidentLocations.id })
    .from(incidentLocations)
    .where(
      and(
        eq(incidentLocations.organisationId, organisationId),
        eq(incidentLocations.incidentId, incidentId),
        eq(incidentLocations.locationId, locationId),
      ),
    );
  if (already) throw new DomainError('incident_location_exists', 409);
  const { name, address, latitude, longitude, description } = location;
  return { locationId: location.id, name, address, latitude, longitude, description };
}
