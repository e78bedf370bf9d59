import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { sessions } from '../../db/schema/sessions.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';
import { assertPasswordAllowed } from './assert-password-allowed.js';
import { hashPassword } from './passwords.js';
import { consumeUserToken } from './user-tokens.js';

/**
 * Sets a new password with a reset link's token. Every session of the account ends: whoever knew
 * the old password is out. Reaching one's mailbox also proves the address, so it counts as verified.
 */
export async function resetPassword(db: Database, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const used = await consumeUserToken(tx, token, 'password_reset');
    if (!used) throw new DomainError('link_invalid', 400);
    const [user] = await tx.select().from(users).where(eq(users.id, used.userId));
    if (user?.status !== 'active') throw new DomainError('link_invalid', 400);
    assertPasswordAllowed(password, user);
    await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() })
      .where(eq(users.id, user.id));
    await tx
      .update(sessions)
      .set({ endedAt: new Date() })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.endedAt)));
  });
}
