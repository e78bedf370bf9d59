import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';
import { type ClientDetails, openSession, type SessionOpened } from './open-session.js';
import { verifyPassword } from './passwords.js';
import { signToken } from './secret-box.js';
import { throttledAttempt } from './throttled-attempt.js';
import { hasSecondFactor } from './totp.js';

export interface SecondFactorRequired {
  kind: 'second_factor_required';
  /** Signed, valid five minutes: proves the password was right, for the code step. */
  challenge: string;
}

export const SECOND_FACTOR_CHALLENGE = 'second-factor';
const CHALLENGE_TTL_MS = 5 * 60 * 1000;

/**
 * Checks the password. Without a second factor this opens a session (a new id at every sign-in,
 * so a planted cookie is useless); with one it returns a challenge for the code step. Every
 * failure reads the same, whether the account exists or not; repeated failures are throttled.
 */
export async function signIn(
  db: Database,
  secretKey: Buffer,
  input: ClientDetails & { email: string; password: string },
): Promise<SessionOpened | SecondFactorRequired> {
  const email = input.email.trim().toLowerCase();
  // A deactivated or cancelled person, or one of a cancelled organisation, reads as unknown.
  const [row] = await db
    .select({ user: users })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        sql`lower(${users.email}) = ${email}`,
        eq(users.status, 'active'),
        isNull(organisations.cancelledAt),
      ),
    );
  const user = row?.user;
  const audit = {
    organisationId: user?.organisationId ?? null,
    actorUserId: user?.id ?? null,
    reason: 'password',
  };
  // Unknown accounts are throttled and timed exactly like known ones.
  const signedIn = await throttledAttempt(db, email, input, audit, async () =>
    (await verifyPassword(user?.passwordHash, input.password)) && user ? user : undefined,
  );
  // Only someone who knows the password learns that the address is still unconfirmed.
  if (!signedIn.emailVerifiedAt) throw new DomainError('email_not_verified', 403);
  if (await hasSecondFactor(db, signedIn.id)) {
    const challenge = signToken(secretKey, {
      subject: signedIn.id,
      purpose: SECOND_FACTOR_CHALLENGE,
      expiresAt: Date.now() + CHALLENGE_TTL_MS,
    });
    return { kind: 'second_factor_required', challenge };
  }
  return openSession(db, signedIn, input);
}
