import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roles } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';

/**
 * A task's owner must be someone who can act on it: a person of the organisation with an active
 * or pending (invited) account, or one of its roles. 400 with a message that says which is wrong.
 */
export async function assertTaskOwner(
  tx: Transaction,
  organisationId: string,
  owner: { userId?: string | null; roleId?: string | null },
) {
  if (owner.userId) {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, owner.userId),
          eq(users.organisationId, organisationId),
          inArray(users.status, ['active', 'invited']),
        ),
      );
    if (!user) throw new DomainError('task_owner_user_unknown', 400);
  }
  if (owner.roleId) {
    const [role] = await tx
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.id, owner.roleId), eq(roles.organisationId, organisationId)));
    if (!role) throw new DomainError('task_owner_role_unknown', 400);
  }
}
