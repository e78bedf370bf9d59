import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentParticipants, incidents } from '../../db/schema/incidents.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { EVENT_AUDIENCE_KEY } from '../../policies/events.js';
import { canSeeIncident } from '../../policies/incidents.js';
import { DomainError, notFound } from '../domain-error.js';

export type IncidentRow = typeof incidents.$inferSelect;

export interface IncidentAccess {
  incident: IncidentRow;
  isParticipant: boolean;
}

/** Whether the person is working on the incident (in any team or directly). */
export async function isIncidentParticipant(tx: Transaction, incidentId: string, userId: string) {
  const [row] = await tx
    .select({ id: incidentParticipants.id })
    .from(incidentParticipants)
    .where(and(eq(incidentParticipants.incidentId, incidentId), eq(incidentParticipants.userId, userId)))
    .limit(1);
  return row !== undefined;
}

/**
 * The incident as the actor may read it, or 404 when it does not exist in their organisation or
 * they have no need to know (the same answer, so its existence does not leak).
 */
export async function readableIncident(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
): Promise<IncidentAccess> {
  const [incident] = await tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.id, incidentId), eq(incidents.organisationId, actor.organisationId)));
  if (!incident) throw notFound();
  const isParticipant = await isIncidentParticipant(tx, incident.id, actor.userId);
  if (!canSeeIncident(actor, isParticipant)) throw notFound();
  return { incident, isParticipant };
}

/**
 * The incident locked for a change to its content (logbook, tasks, picture, chat, locations,
 * team) and marked as changed now, so lists sort by last activity: 404 as for reading, 409
 * `incident_closed` unless it is active. The row lock makes every
 * write wait for a concurrent close, so nothing is added after "afgerond", and it serialises the
 * numbering of logbook entries.
 */
export async function writableIncident(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
): Promise<IncidentAccess> {
  // Lock, "changed now" and participation in one statement: the lock is held until commit, so
  // every round trip saved here is time the other writers of this incident do not wait. A refusal
  // below rolls the transaction back, and with it the new updated_at.
  const [row] = await tx
    .update(incidents)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(incidents.id, incidentId), eq(incidents.organisationId, actor.organisationId)))
    .returning({
      ...getTableColumns(incidents),
      // Spelled out: Drizzle writes columns inside sql`` without their table, and `id` would then
      // mean the participant's id.
      isParticipant: sql<boolean>`exists (select 1 from incident_participants p where p.incident_id = incidents.id and p.user_id = ${actor.userId})`,
    });
  if (!row) throw notFound();
  const { isParticipant, ...incident } = row;
  if (!canSeeIncident(actor, isParticipant)) throw notFound();
  if (incident.status !== 'active') throw new DomainError('incident_closed', 409);
  return { incident, isParticipant };
}

/** The topic every change inside one incident is published on. */
export const incidentTopic = (incidentId: string) => `incident:${incidentId}`;

/**
 * The topic that tells clients the list of incidents changed. Its payload carries only the id:
 * everyone in the organisation may receive it, and refetches the list, which need-to-know filters.
 */
export const INCIDENT_LIST_TOPIC = 'incidents';

/**
 * Tells the incident lists that this incident started, changed or went. The event names its
 * audience, the incident's participants (plus `alsoTell`, e.g. someone just taken off it), so
 * nobody else in the organisation learns that the incident exists (policies/events.canSeeEvent).
 */
export async function announceToIncidentLists(
  tx: Transaction,
  by: { organisationId: string; userId: string | null },
  incidentId: string,
  type: 'incident.started' | 'incident.changed' | 'incident.deleted',
  alsoTell: readonly string[] = [],
) {
  const participants = await tx
    .selectDistinct({ userId: incidentParticipants.userId })
    .from(incidentParticipants)
    .where(eq(incidentParticipants.incidentId, incidentId));
  const audience = [...new Set([...participants.map((row) => row.userId), ...alsoTell])];
  await recordEvent(tx, {
    organisationId: by.organisationId,
    topic: INCIDENT_LIST_TOPIC,
    type,
    payload: { incidentId, [EVENT_AUDIENCE_KEY]: audience },
    actorId: by.userId,
  });
}
