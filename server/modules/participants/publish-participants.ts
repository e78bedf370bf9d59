import type { Transaction } from '../../db/database.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { announceToIncidentLists, incidentTopic } from '../incidents/incident-access.js';
import { readParticipants } from './participant-view.js';

/**
 * After a change to who works on the incident: the whole list goes out as `participants.changed`
 * (small, and clients replace theirs without merging), and the incident counts as changed. When
 * people joined or left (`joinedOrLeft`), their incident lists are told too, so the incident
 * appears in or disappears from them live.
 */
export async function publishParticipants(
  tx: Transaction,
  actor: Pick<Actor, 'organisationId'> & { userId: string | null },
  incidentId: string,
  joinedOrLeft?: { left: readonly string[] },
) {
  const participants = await readParticipants(tx, actor.organisationId, incidentId);
  await recordEvent(tx, {
    organisationId: actor.organisationId,
    topic: incidentTopic(incidentId),
    type: 'participants.changed',
    payload: { participants },
    actorId: actor.userId,
  });
  if (joinedOrLeft)
    await announceToIncidentLists(tx, actor, incidentId, 'incident.changed', joinedOrLeft.left);
  return participants;
}
