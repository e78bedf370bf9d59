import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { incidentParticipants, incidents } from '../../db/schema/incidents.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { canSeeIncident } from '../../policies/incidents.js';
import { canAnswerSiteChat } from '../../policies/site-chat.js';
import { DomainError } from '../domain-error.js';
import { operatorRoleOf } from '../operator/find-operator-role.js';
import { SITE_CHAT_TOPIC } from '../site-chat/conversation-store.js';
import { readableIncident } from './incident-access.js';

const INCIDENT_TOPIC = /^incident:([0-9a-f-]{36})$/;

/** The incident ids named in live-stream topics (`incident:<id>`). */
export const incidentIdsOf = (topics: Iterable<string>) =>
  [...topics].flatMap((topic) => INCIDENT_TOPIC.exec(topic)?.[1] ?? []);

/**
 * Whether the actor may follow every incident named in these live-stream topics: need-to-know
 * applies to the stream exactly as to the incident's pages. The website chat's topic is for the
 * staff who answer it. Asked at connect; open streams are
 * checked again in batches (followableIncidents).
 */
export async function mayFollowTopics(
  db: Database,
  actor: Actor,
  topics: Iterable<string>,
): Promise<boolean> {
  const wanted = [...topics];
  // The website chat's live topic is the staff inbox's: only those who may answer it follow it.
  if (wanted.includes(SITE_CHAT_TOPIC) && !canAnswerSiteChat(await operatorRoleOf(db, actor.userId)))
    return false;
  const incidentIds = incidentIdsOf(wanted);
  if (incidentIds.length === 0) return true;
  try {
    await inTenant(db, actor.organisationId, async (tx) => {
      for (const id of incidentIds) await readableIncident(tx, actor, id);
    });
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/**
 * For open streams: which (person, incident) pairs may still be followed, as `userId:incidentId`,
 * in one query for all streams of this process. Background work, so it runs as the connecting
 * user and applies the organisation and need-to-know rules itself, the same rule as the pages
 * (policies/incidents.canSeeIncident).
 */
export async function followableIncidents(
  db: Database,
  wanted: readonly { actor: Actor; incidentId: string }[],
): Promise<Set<string>> {
  const incidentIds = [...new Set(wanted.map((want) => want.incidentId))];
  if (incidentIds.length === 0) return new Set();
  const rows = await db
    .select({
      id: incidents.id,
      organisationId: incidents.organisationId,
      userId: incidentParticipants.userId,
    })
    .from(incidents)
    .leftJoin(incidentParticipants, eq(incidentParticipants.incidentId, incidents.id))
    .where(inArray(incidents.id, incidentIds));
  const organisationOf = new Map(rows.map((row) => [row.id, row.organisationId]));
  const participants = new Set(rows.flatMap((row) => (row.userId ? [`${row.userId}:${row.id}`] : [])));
  const allowed = new Set<string>();
  for (const { actor, incidentId } of wanted) {
    const key = `${actor.userId}:${incidentId}`;
    if (organisationOf.get(incidentId) !== actor.organisationId) continue;
    if (canSeeIncident(actor, participants.has(key))) allowed.add(key);
  }
  return allowed;
}
