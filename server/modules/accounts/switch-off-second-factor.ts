import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { confirmPassword } from './confirm-password.js';
import { removeSecondFactor } from './totp.js';

/** Switches the second factor off after re-checking the password, unless the organisation demands one. */
export async function switchOffSecondFactor(
  db: Database,
  actor: Actor,
  password: string,
  ipAddress: string,
): Promise<void> {
  await confirmPassword(db, actor, password, ipAddress);
  const [row] = await db
    .select({ required: organisations.requireSecondFactor })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, actor.userId));
  if (row?.required) throw new DomainError('second_factor_required', 403);
  await removeSecondFactor(db, actor.userId);
}
