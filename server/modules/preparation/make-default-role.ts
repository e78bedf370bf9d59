import { and, eq, ne } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roles } from '../../db/schema/teams.js';

/** Marks one role as the default new team members get; the one marked before is unmarked first. */
export async function makeDefaultRole(tx: Transaction, organisationId: string, roleId: string) {
  // Unmark before marking: the partial unique index allows one default at any moment.
  await tx
    .update(roles)
    .set({ isDefault: false })
    .where(and(eq(roles.organisationId, organisationId), eq(roles.isDefault, true), ne(roles.id, roleId)));
  await tx
    .update(roles)
    .set({ isDefault: true })
    .where(and(eq(roles.organisationId, organisationId), eq(roles.id, roleId)));
}
