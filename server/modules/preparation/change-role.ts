import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { roles } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import type { RoleInput } from './create-role.js';
import { findRole } from './list-roles.js';
import { makeDefaultRole } from './make-default-role.js';
import { nameTaken } from './organisation-rows.js';

/**
 * Renames or describes a role, or makes it the default (which unmarks the previous default). The
 * default cannot simply be unmarked: another role is made default instead, so there is always one.
 */
export async function changeRole(db: Database, actor: Actor, roleId: string, changes: Partial<RoleInput>) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const [role] = await tx
      .select({ id: roles.id, isDefault: roles.isDefault })
      .from(roles)
      .where(and(eq(roles.organisationId, organisationId), eq(roles.id, roleId)));
    if (!role) throw notFound();
    if (
      changes.name !== undefined &&
      (await nameTaken(tx, roles, roles.name, organisationId, changes.name, roleId))
    )
      throw new DomainError('role_name_taken', 409);
    if (changes.isDefault === false && role.isDefault) throw new DomainError('role_default_required', 409);
    const { name, description } = changes;
    if (name !== undefined || description !== undefined)
      await tx
        .update(roles)
        .set({ name, description })
        .where(and(eq(roles.organisationId, organisationId), eq(roles.id, roleId)));
    if (changes.isDefault && !role.isDefault) await makeDefaultRole(tx, organisationId, roleId);
    return findRole(tx, organisationId, roleId);
  });
}
