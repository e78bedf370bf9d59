import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { canManageUsers } from '../../policies/accounts.js';
import type { Actor } from '../../policies/actor.js';
import { notPseudonym } from '../privacy/erasure/pseudonym-account.js';

/**
 * The organisation's people, for team lists and administration (row-level security is the second
 * wall behind the organisation filter). Members see active colleagues, admins everyone but the cancelled.
 */
export async function listUsers(tx: Transaction, actor: Actor, search?: string) {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : undefined;
  return tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      jobTitle: users.jobTitle,
      role: users.role,
      status: users.status,
      // Who used their right to restriction is for the admins (who handle it) to know, not colleagues.
      restrictedAt: canManageUsers(actor) ? users.restrictedAt : sql<Date | null>`null`,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(
      and(
        eq(users.organisationId, actor.organisationId),
        // A pseudonym of an erased person stands in the crisis record, not in the list of people.
        notPseudonym,
        inArray(users.status, canManageUsers(actor) ? ['invited', 'active', 'deactivated'] : ['active']),
        pattern
          ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(users.jobTitle, pattern))
          : undefined,
      ),
    )
    .orderBy(asc(users.name));
}
