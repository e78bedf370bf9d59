import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { operatorStaff } from '../../db/schema/operators.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import type { OperatorRole } from '../../policies/operator.js';

/**
 * The user's operator role, or undefined when they are not operator staff. A staff row counts only
 * for an active user of a live operator organisation, so a row for a customer's user grants nothing.
 * Runs as the connecting user: operator_staff is closed to tenant transactions.
 */
export async function operatorRoleOf(db: Database, userId: string): Promise<OperatorRole | undefined> {
  const [row] = await db
    .select({ role: operatorStaff.role })
    .from(operatorStaff)
    .innerJoin(users, eq(users.id, operatorStaff.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(operatorStaff.userId, userId),
        eq(users.status, 'active'),
        eq(organisations.isOperator, true),
        isNull(organisations.cancelledAt),
      ),
    );
  return row?.role;
}
