import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { users } from '../../db/schema/users.js';

/**
 * The organisation's active admins other than `exceptUserId`. All of them, this one included, are
 * locked until the transaction ends, so two admins demoting or cancelling each other at the same
 * moment are handled one after the other and the organisation always keeps an admin.
 */
export async function otherActiveAdmins(
  tx: Transaction,
  organisationId: string,
  exceptUserId: string,
): Promise<string[]> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'admin'), eq(users.status, 'active')))
    .for('update');
  return admins.map((admin) => admin.id).filter((id) => id !== exceptUserId);
}
