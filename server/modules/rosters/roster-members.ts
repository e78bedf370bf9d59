import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { MessageCode } from '../../i18n/messages.js';
import { unknownReference } from '../preparation/organisation-rows.js';

/**
 * Checks that everyone in a list of people (roster members, deputies) is a person of the
 * organisation who can be given the task: active or invited. Someone already on the list who was
 * deactivated since may stay (they are passed over until reactivated); cancelled accounts may not.
 * A 400 names the first field at fault: `${field}.${index}`.
 */
export async function requireAssignablePeople(
  tx: Transaction,
  organisationId: string,
  userIds: readonly string[],
  alreadyListed: readonly string[],
  field: string,
  codes: { unknown: MessageCode; inactive: MessageCode },
): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await tx
    .select({ id: users.id, status: users.status })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, [...new Set(userIds)])));
  const statusOf = new Map(rows.map((row) => [row.id, row.status]));
  const listed = new Set(alreadyListed);
  userIds.forEach((userId, index) => {
    const status = statusOf.get(userId);
    if (status === undefined || status === 'cancelled')
      throw unknownReference(codes.unknown, `${field}.${index}`);
    if (status === 'deactivated' && !listed.has(userId))
      throw unknownReference(codes.inactive, `${field}.${index}`);
  });
}

export const ROSTER_MEMBER_CODES = {
  unknown: 'roster_member_unknown',
  inactive: 'roster_member_inactive',
} as const satisfies Record<string, MessageCode>;
