import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { roles } from '../../db/schema/teams.js';

/** The role new team members get unless someone chooses another. */
export const FALLBACK_ROLE_NAME = 'Lid';

/**
 * The organisation's default role; when it has none marked, the role named "Lid" (created, and
 * marked default, if missing), so adding someone to a team never fails for want of a role.
 */
export async function defaultRoleId(tx: Transaction, organisationId: string): Promise<string> {
  const [marked] = await tx
    .select({ id: roles.id })
    .from(roles)
    .where(and(eq(roles.organisationId, organisationId), eq(roles.isDefault, true)));
  if (marked) return marked.id;
  const [created] = await tx
    .insert(roles)
    .values({ id: uuidv7(), organisationId, name: FALLBACK_ROLE_NAME, isDefault: true })
    .onConflictDoNothing()
    .returning({ id: roles.id });
  if (created) return created.id;
  // "Lid" exists but is not the default (another role was unmarked): use it as it is.
  const all = await tx
    .select({ id: roles.id, name: roles.name })
    .from(roles)
    .where(eq(roles.organisationId, organisationId));
  const lid = all.find((role) => role.name.toLowerCase() === FALLBACK_ROLE_NAME.toLowerCase());
  if (!lid) throw new Error('default role could not be created');
  return lid.id;
}
