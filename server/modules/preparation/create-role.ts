import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { roles } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { findRole } from './list-roles.js';
import { makeDefaultRole } from './make-default-role.js';
import { nameTaken } from './organisation-rows.js';

export interface RoleInput {
  name: string;
  description?: string;
  isDefault?: boolean;
}

/**
 * Adds a role people can hold in a team. The organisation's first role becomes the default, so
 * there always is one once roles exist.
 */
export async function createRole(db: Database, actor: Actor, input: RoleInput) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, roles, roles.name, organisationId, input.name))
      throw new DomainError('role_name_taken', 409);
    const [currentDefault] = await tx
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.organisationId, organisationId), eq(roles.isDefault, true)));
    const id = uuidv7();
    await tx
      .insert(roles)
      .values({ id, organisationId, name: input.name, description: input.description ?? '' });
    if (input.isDefault || !currentDefault) await makeDefaultRole(tx, organisationId, id);
    return findRole(tx, organisationId, id);
  });
}
