import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { sessions } from '../../db/schema/sessions.js';
import { users } from '../../db/schema/users.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { describeUserAgent } from './describe-user-agent.js';
import { clearSignInFailures, recordFailedSignIn, secondsUntilAllowed } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { hashToken, newSessionToken, SESSION_ABSOLUTE_MS } from './session-tokens.js';

export interface SignInInput {
  email: string;
  password: string;
  ipAddress: string;
  userAgent: string | undefined;
}

export interface SignInResult {
  token: string;
  sessionId: string;
  userId: string;
  organisationId: string;
  expiresAt: Date;
}

/**
 * Checks the password and opens a new session (a new id at every sign-in, so a planted cookie is
 * useless). Every failure reads the same, whether the account exists or not; repeated failures
 * are throttled (login-throttle.ts) and every outcome is in the audit log.
 */
export async function signIn(db: Database, input: SignInInput): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email}`, eq(users.status, 'active')));
  const audit = {
    organisationId: user?.organisationId ?? null,
    actorUserId: user?.id ?? null,
    ipAddress: input.ipAddress,
  };

  const waitSeconds = await secondsUntilAllowed(db, email, input.ipAddress);
  if (waitSeconds > 0) {
    await recordAudit(db, { ...audit, action: 'session.sign_in_throttled', details: { waitSeconds } });
    throw new DomainError('too_many_requests', 429, { retryAfterSeconds: waitSeconds });
  }
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid) {
    await recordFailedSignIn(db, email, input.ipAddress);
    await recordAudit(db, { ...audit, action: 'session.sign_in_failed' });
    throw new DomainError('invalid_credentials', 401);
  }
  await clearSignInFailures(db, email, input.ipAddress);

  const token = newSessionToken();
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_ABSOLUTE_MS);
  const sessionId = uuidv7(now);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sessionId,
      tokenHash: hashToken(token),
      organisationId: user.organisationId,
      userId: user.id,
      ipAddress: input.ipAddress,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
      ...describeUserAgent(input.userAgent),
      expiresAt,
    });
    await recordAudit(tx, {
      ...audit,
      action: 'session.signed_in',
      targetType: 'session',
      targetId: sessionId,
    });
  });
  return { token, sessionId, userId: user.id, organisationId: user.organisationId, expiresAt };
}
