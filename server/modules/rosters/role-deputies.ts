import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roleDeputies } from '../../db/schema/alerts.js';
import { roles } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { notFound } from '../domain-error.js';
import { isReachable } from './roster-inputs.js';

/** The role of the organisation, or 404; `lock` serialises changes to its deputies. */
export async function requireRole(tx: Transaction, organisationId: string, roleId: string, lock = false) {
  const query = tx
    .select({ id: roles.id, name: roles.name })
    .from(roles)
    .where(and(eq(roles.organisationId, organisationId), eq(roles.id, roleId)));
  const [role] = lock ? await query.for('update') : await query;
  if (!role) throw notFound();
  return role;
}

async function deputyRows(tx: Transaction, organisationId: string, roleIds: readonly string[]) {
  if (roleIds.length === 0) return [];
  return tx
    .select({
      roleId: roleDeputies.roleId,
      userId: roleDeputies.userId,
      name: users.name,
      email: users.email,
      status: users.status,
      restrictedAt: users.restrictedAt,
    })
    .from(roleDeputies)
    .innerJoin(users, eq(users.id, roleDeputies.userId))
    .where(and(eq(roleDeputies.organisationId, organisationId), inArray(roleDeputies.roleId, [...roleIds])))
    .orderBy(asc(roleDeputies.position), asc(users.name));
}

/** A role's deputies in order, with whether each can be reached now; 404 for an unknown role. */
export async function listRoleDeputies(tx: Transaction, organisationId: string, roleId: string) {
  await requireRole(tx, organisationId, roleId);
  const rows = await deputyRows(tx, organisationId, [roleId]);
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    email: row.email,
    available: isReachable(row),
  }));
}

export type RoleDeputy = Awaited<ReturnType<typeof listRoleDeputies>>[number];

/**
 * For alerting: the deputies of these roles who can be reached, in order, by role id. A role
 * without reachable deputies is absent. Filters by organisation itself (works inside or outside
 * inTenant).
 */
export async function reachableDeputies(
  tx: Transaction,
  organisationId: string,
  roleIds: string[],
): Promise<Map<string, string[]>> {
  const byRole = new Map<string, string[]>();
  for (const row of await deputyRows(tx, organisationId, roleIds)) {
    if (!isReachable(row)) continue;
    byRole.set(row.roleId, [...(byRole.get(row.roleId) ?? []), row.userId]);
  }
  return byRole;
}
