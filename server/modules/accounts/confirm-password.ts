import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { unauthenticated } from '../domain-error.js';
import { verifyPassword } from './passwords.js';
import { throttledAttempt } from './throttled-attempt.js';

/**
 * Re-checks the signed-in person's password before a sensitive change (cancel, switch off the
 * second factor, change the address). Throttled like sign-in, so a borrowed device or a stolen
 * session does not get unlimited guesses. Call it before opening a tenant transaction.
 */
export async function confirmPassword(
  db: Database,
  actor: Actor,
  password: string,
  ipAddress: string,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw unauthenticated();
  await throttledAttempt(
    db,
    user.email,
    { ipAddress, userAgent: undefined },
    { organisationId: user.organisationId, actorUserId: user.id, reason: 'password_confirmation' },
    async () => ((await verifyPassword(user.passwordHash, password)) ? true : undefined),
  );
}
