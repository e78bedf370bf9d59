import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';
import { assertPasswordAllowed } from './assert-password-allowed.js';
import { type ClientDetails, openSession, type SessionOpened } from './open-session.js';
import { hashPassword } from './passwords.js';
import { consumeUserToken } from './user-tokens.js';

/** The invitee sets their own password; the link proves the address, and they are signed in. */
export async function acceptInvitation(
  db: Database,
  input: ClientDetails & { token: string; password: string },
): Promise<SessionOpened> {
  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction(async (tx) => {
    const used = await consumeUserToken(tx, input.token, 'invitation');
    if (!used) throw new DomainError('link_invalid', 400);
    const [invited] = await tx.select().from(users).where(eq(users.id, used.userId));
    if (invited?.status !== 'invited') throw new DomainError('link_invalid', 400);
    assertPasswordAllowed(input.password, invited);
    await tx
      .update(users)
      .set({ passwordHash, status: 'active', emailVerifiedAt: new Date() })
      .where(eq(users.id, invited.id));
    return invited;
  });
  return openSession(db, user, input, { via: 'invitation' });
}
