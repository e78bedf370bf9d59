import { and, count, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentParticipants } from '../../db/schema/incidents.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import { writableIncident } from '../incidents/incident-access.js';
import { publishParticipants } from './publish-participants.js';

/**
 * Takes a person (in one team) off an active incident. The last one stays: an incident nobody
 * works on would be visible to admins only. The incident's row lock makes the count reliable.
 */
export async function removeParticipant(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  participantId: string,
) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  const ofIncident = and(
    eq(incidentParticipants.organisationId, actor.organisationId),
    eq(incidentParticipants.incidentId, incident.id),
  );
  const [participant] = await tx
    .select({ id: incidentParticipants.id, userId: incidentParticipants.userId })
    .from(incidentParticipants)
    .where(and(ofIncident, eq(incidentParticipants.id, participantId)));
  if (!participant) throw notFound();
  const [total] = await tx.select({ value: count() }).from(incidentParticipants).where(ofIncident);
  if ((total?.value ?? 0) <= 1) throw new DomainError('participant_last', 409);
  await tx.delete(incidentParticipants).where(eq(incidentParticipants.id, participant.id));
  await publishParticipants(tx, actor, incident.id, { left: [participant.userId] });
}
