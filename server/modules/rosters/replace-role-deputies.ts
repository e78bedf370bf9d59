import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { roleDeputies } from '../../db/schema/alerts.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { listRoleDeputies, requireRole } from './role-deputies.js';
import { rosterAuditAction } from './roster-audit.js';
import { requireAssignablePeople } from './roster-members.js';

/**
 * Sets who stands in for a role, in order: the list replaces the deputies there were. Alerting
 * calls them, first to last, when nobody holding the role is coming.
 */
export async function replaceRoleDeputies(
  db: Database,
  actor: Actor,
  roleId: string,
  userIds: string[],
  ipAddress?: string,
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const role = await requireRole(tx, organisationId, roleId, true);
    const where = and(eq(roleDeputies.organisationId, organisationId), eq(roleDeputies.roleId, roleId));
    const current = await tx.select({ userId: roleDeputies.userId }).from(roleDeputies).where(where);
    await requireAssignablePeople(
      tx,
      organisationId,
      userIds,
      current.map((row) => row.userId),
      'userIds',
      { unknown: 'deputy_unknown', inactive: 'deputy_inactive' },
    );
    await tx.delete(roleDeputies).where(where);
    if (userIds.length > 0)
      await tx
        .insert(roleDeputies)
        .values(userIds.map((userId, position) => ({ organisationId, roleId, userId, position })));
    await recordAudit(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: rosterAuditAction('role.deputies_changed'),
      targetType: 'role',
      targetId: roleId,
      ipAddress,
      details: { roleName: role.name, userIds },
    });
    return listRoleDeputies(tx, organisationId, roleId);
  });
}
