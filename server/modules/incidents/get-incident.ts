import type { Database } from '../../db/database.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from './incident-access.js';
import { describeIncident, incidentPermissions } from './incident-view.js';

/** One incident with what the viewer may do with it; 404 without need to know. */
export function getIncident(db: Database, actor: Actor, incidentId: string) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const { incident, isParticipant } = await readableIncident(tx, actor, incidentId);
    return {
      ...(await describeIncident(tx, incident)),
      permissions: incidentPermissions(actor, incident, isParticipant),
    };
  });
}
