import type { Database } from '../../db/database.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { readableIncident } from './incident-access.js';

const INCIDENT_TOPIC = /^incident:([0-9a-f-]{36})$/;

/**
 * Whether the actor may follow every incident named in these live-stream topics: need-to-know
 * applies to the stream exactly as to the incident's pages. Asked at connect and again while the
 * stream is open, so someone removed from an incident stops receiving it.
 */
export async function mayFollowTopics(
  db: Database,
  actor: Actor,
  topics: Iterable<string>,
): Promise<boolean> {
  const incidentIds = [...topics].flatMap((topic) => INCIDENT_TOPIC.exec(topic)?.[1] ?? []);
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
