import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { clearSignInFailures, recordFailedSignIn, secondsUntilAllowed } from './login-throttle.js';
import { type ClientDetails, openSession, type SessionOpened } from './open-session.js';
import { verifyPassword } from './passwords.js';
import { signToken } from './secret-box.js';
import { hasSecondFactor } from './totp.js';

export interface SecondFactorRequired {
  kind: 'second_factor_required';
  /** Signed, valid five minutes: proves the password was right, for the code step. */
  challenge: string;
}

export const SECOND_FACTOR_CHALLENGE = 'second-factor';
const CHALLENGE_TTL_MS = 5 * 60 * 1000;

/** Refuses the attempt when this account or address is throttled; audited. */
export async function guardAgainstGuessing(
  db: Database,
  email: string,
  client: ClientDetails,
  audit: { organisationId: string | null; actorUserId: string | null },
): Promise<void> {
  const waitSeconds = await secondsUntilAllowed(db, email, client.ipAddress);
  if (waitSeconds === 0) return;
  await recordAudit(db, {
    ...audit,
    ipAddress: client.ipAddress,
    action: 'session.sign_in_throttled',
    details: { waitSeconds },
  });
  throw new DomainError('too_many_requests', 429, { retryAfterSeconds: waitSeconds });
}

/** Counts a wrong password or code and answers with the one generic message. */
export async function refuseSignIn(
  db: Database,
  email: string,
  client: ClientDetails,
  audit: { organisationId: string | null; actorUserId: string | null },
  reason: string,
): Promise<never> {
  await recordFailedSignIn(db, email, client.ipAddress);
  await recordAudit(db, {
    ...audit,
    ipAddress: client.ipAddress,
    action: 'session.sign_in_failed',
    details: { reason },
  });
  throw new DomainError('invalid_credentials', 401);
}

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
  const audit = { organisationId: user?.organisationId ?? null, actorUserId: user?.id ?? null };
  await guardAgainstGuessing(db, email, input, audit);
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) return refuseSignIn(db, email, input, audit, 'password');
  await clearSignInFailures(db, email, input.ipAddress);
  // Only someone who knows the password learns that the address is still unconfirmed.
  if (!user.emailVerifiedAt) throw new DomainError('email_not_verified', 403);
  if (await hasSecondFactor(db, user.id)) {
    const challenge = signToken(secretKey, {
      subject: user.id,
      purpose: SECOND_FACTOR_CHALLENGE,
      expiresAt: Date.now() + CHALLENGE_TTL_MS,
    });
    return { kind: 'second_factor_required', challenge };
  }
  return openSession(db, user, input);
}
