import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';
import { type ClientDetails, openSession, type SessionOpened } from './open-session.js';
import { readSignedToken } from './secret-box.js';
import { SECOND_FACTOR_CHALLENGE } from './sign-in.js';
import { throttledAttempt } from './throttled-attempt.js';
import { checkTotpCode, redeemRecoveryCode } from './totp.js';

export interface SecondFactorInput extends ClientDetails {
  challenge: string;
  code?: string;
  recoveryCode?: string;
}

/** The code step of sign-in: a code from the authenticator app, or one recovery code. Throttled like passwords. */
export async function completeSecondFactor(
  db: Database,
  secretKey: Buffer,
  input: SecondFactorInput,
): Promise<SessionOpened> {
  const userId = readSignedToken(secretKey, input.challenge, SECOND_FACTOR_CHALLENGE);
  if (!userId) throw new DomainError('second_factor_expired', 401);
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.status, 'active')));
  if (!user) throw new DomainError('second_factor_expired', 401);
  const audit = { organisationId: user.organisationId, actorUserId: user.id, reason: 'second_factor' };
  await throttledAttempt(db, user.email, input, audit, async (tx) => {
    const code = input.code?.replace(/\s/g, '');
    if (code) return (await checkTotpCode(tx, secretKey, user.id, code)) || undefined;
    if (input.recoveryCode) return (await redeemRecoveryCode(tx, user.id, input.recoveryCode)) || undefined;
    return undefined;
  });
  return openSession(db, user, input, { secondFactor: input.code ? 'totp' : 'recovery_code' });
}
