import type { Transaction } from '../../db/database.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { readParticipants } from './participant-view.js';

/** The team overview: who works on the incident, in which team and role, and whether they are there. */
export async function listParticipants(tx: Transaction, actor: Actor, incidentId: string) {
  const { incident } = await readableIncident(tx, actor, incidentId);
  return readParticipants(tx, actor.organisationId, incident.id);
}
