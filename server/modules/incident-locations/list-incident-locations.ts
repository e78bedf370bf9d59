import type { Transaction } from '../../db/database.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { readIncidentLocations } from './incident-location-view.js';

/** The places that matter in the incident, for everyone who may read it. */
export async function listIncidentLocations(tx: Transaction, actor: Actor, incidentId: string) {
  const { incident } = await readableIncident(tx, actor, incidentId);
  return readIncidentLocations(tx, actor.organisationId, incident.id);
}
