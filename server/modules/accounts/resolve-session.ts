import { and, eq, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { totpFactors } from '../../db/schema/second-factors.js';
import { sessions } from '../../db/schema/sessions.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { hashToken, SESSION_IDLE_MS } from './session-tokens.js';

// Writing last_seen_at on every request would turn each read into a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60_000;

/**
 * The actor behind a session cookie, or undefined when the session is unknown, ended, expired,
 * idle too long, or its user is no longer active. Read from the database on every request, so an
 * ended session is refused at once on every instance.
 */
export async function resolveSession(
  db: Database,
  token: string,
  now = new Date(),
): Promise<Actor | undefined> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      name: users.name,
      organisationId: users.organisationId,
      role: users.role,
      language: users.language,
      requireSecondFactor: organisations.requireSecondFactor,
      secondFactorSince: totpFactors.confirmedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(totpFactors, and(eq(totpFactors.userId, users.id), isNotNull(totpFactors.confirmedAt)))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
        eq(users.status, 'active'),
        isNull(organisations.cancelledAt),
      ),
    );
  if (!row) return undefined;
  const idleFor = now.getTime() - row.lastSeenAt.getTime();
  if (idleFor > SESSION_IDLE_MS) return undefined;
  if (idleFor > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  return {
    userId: row.userId,
    name: row.name,
    organisationId: row.organisationId,
    role: row.role,
    sessionId: row.sessionId,
    language: row.language,
    secondFactorSetupRequired: row.requireSecondFactor && row.secondFactorSince === null,
  };
}

/** Ends a session of this user; other users' session ids are ignored (no error, nothing learned). */
export async function endSession(
  db: Database,
  actor: Pick<Actor, 'userId'>,
  sessionId: string,
): Promise<boolean> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.userId), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

/**
 * Which of these sessions still stand (not ended or expired, their person active, their
 * organisation not cancelled), with their person's role now, in one query. Open live streams are
 * checked this way in batches, so a signed-out device stops receiving, and a stream opened as
 * admin stops when its person is no longer one.
 */
export async function liveSessionRoles(
  db: Database,
  sessionIds: readonly string[],
  now = new Date(),
): Promise<Map<string, Actor['role']>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: sessions.id, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        inArray(sessions.id, [...new Set(sessionIds)]),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
        eq(users.status, 'active'),
        isNull(organisations.cancelledAt),
      ),
    );
  return new Map(rows.map((row) => [row.id, row.role]));
}
