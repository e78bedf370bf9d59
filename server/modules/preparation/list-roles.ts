import { and, count, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roles, teamMembers } from '../../db/schema/teams.js';
import { notFound } from '../domain-error.js';
import { byName } from './organisation-rows.js';

/** The roles of the organisation, by name, with how many team memberships hold each. */
export async function listRoles(tx: Transaction, organisationId: string, roleId?: string) {
  const rows = await tx
    .select({
      id: roles.id,
      name: roles.name,
      description: roles.description,
      isDefault: roles.isDefault,
      memberCount: count(teamMembers.userId),
    })
    .from(roles)
    .leftJoin(
      teamMembers,
      and(eq(teamMembers.roleId, roles.id), eq(teamMembers.organisationId, organisationId)),
    )
    .where(and(eq(roles.organisationId, organisationId), roleId ? eq(roles.id, roleId) : undefined))
    .groupBy(roles.id);
  return rows.sort(byName);
}

export type Role = Awaited<ReturnType<typeof listRoles>>[number];

/** One role as the API shows it; 404 when the organisation has no such role. */
export async function findRole(tx: Transaction, organisationId: string, roleId: string): Promise<Role> {
  const [role] = await listRoles(tx, organisationId, roleId);
  if (!role) throw notFound();
  return role;
}
