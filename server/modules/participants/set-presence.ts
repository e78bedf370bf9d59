import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentParticipants, type PresenceStatus } from '../../db/schema/incidents.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { writableIncident } from '../incidents/incident-access.js';
import { publishParticipants } from './publish-participants.js';

/**
 * A participant tells the team where they are (on the way, present, …). It is about the person,
 * not the team they are in, so every row of theirs in this incident changes.
 */
export async function setPresence(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  presence: PresenceStatus,
) {
  const { incident, isParticipant } = await writableIncident(tx, actor, incidentId);
  if (!isParticipant) throw new DomainError('presence_not_participant', 403);
  await tx
    .update(incidentParticipants)
    .set({ presence, presenceChangedAt: sql`now()` })
    .where(
      and(
        eq(incidentParticipants.organisationId, actor.organisationId),
        eq(incidentParticipants.incidentId, incident.id),
        eq(incidentParticipants.userId, actor.userId),
      ),
    );
  return publishParticipants(tx, actor, incident.id);
}
