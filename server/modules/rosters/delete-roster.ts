import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findRoster } from './find-roster.js';
import { rosterAuditAction } from './roster-audit.js';

/** Removes a roster with its swaps; alerts to "whoever is on call" for its role then reach nobody. */
export async function deleteRoster(db: Database, actor: Actor, rosterId: string, ipAddress?: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const roster = await findRoster(tx, organisationId, rosterId, true);
    await tx
      .delete(onCallRosters)
      .where(and(eq(onCallRosters.organisationId, organisationId), eq(onCallRosters.id, rosterId)));
    await recordAudit(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: rosterAuditAction('roster.deleted'),
      targetType: 'roster',
      targetId: rosterId,
      ipAddress,
      details: { roleId: roster.roleId, name: roster.name },
    });
  });
}
