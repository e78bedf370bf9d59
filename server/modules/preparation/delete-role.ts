import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { roles, teamMembers, teamTemplates } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import { sqlStateOf } from './organisation-rows.js';

/**
 * Removes a role nobody holds. A role in a team is refused (the admin gives those members another
 * role first), and so is the default, which new members get. Team templates simply lose the position.
 */
export async function deleteRole(db: Database, actor: Actor, roleId: string) {
  const { organisationId } = actor;
  try {
    await inTenant(db, organisationId, async (tx) => {
      const [role] = await tx
        .select({ id: roles.id, isDefault: roles.isDefault })
        .from(roles)
        .where(and(eq(roles.organisationId, organisationId), eq(roles.id, roleId)));
      if (!role) throw notFound();
      if (role.isDefault) throw new DomainError('role_is_default', 409);
      const [holders] = await tx
        .select({ count: count() })
        .from(teamMembers)
        .where(and(eq(teamMembers.organisationId, organisationId), eq(teamMembers.roleId, roleId)));
      if ((holders?.count ?? 0) > 0) throw new DomainError('role_in_use', 409);
      await tx
        .update(teamTemplates)
        .set({ roleIds: sql`${teamTemplates.roleIds} - ${roleId}::text` })
        .where(
          and(
            eq(teamTemplates.organisationId, organisationId),
            sql`${teamTemplates.roleIds} @> ${JSON.stringify([roleId])}::jsonb`,
          ),
        );
      await tx.delete(roles).where(and(eq(roles.organisationId, organisationId), eq(roles.id, roleId)));
    });
  } catch (error) {
    // Someone was given the role while it was being deleted: team_members refuses (RESTRICT).
    if (sqlStateOf(error) === '23503') throw new DomainError('role_in_use', 409);
    throw error;
  }
}
