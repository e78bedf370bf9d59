import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';
import { type ClientDetails, openSession, type SessionOpened } from './open-session.js';
import { readSignedToken } from './secret-box.js';
import { guardAgainstGuessing, refuseSignIn, SECOND_FACTOR_CHALLENGE } from './sign-in.js';
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
  const audit = { organisationId: user.organisationId, actorUserId: user.id };
  await guardAgainstGuessing(db, user.email, input, audit);
  const accepted = input.code
    ? await checkTotpCode(db, secretKey, user.id, input.code.replace(/\s/g, ''))
    : input.recoveryCode
      ? await redeemRecoveryCode(db, user.id, input.recoveryCode)
      : false;
  if (!accepted) return refuseSignIn(db, user.email, input, audit, 'second_factor');
  return openSession(db, user, input, { secondFactor: input.code ? 'totp' : 'recovery_code' });
}
