import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { sessions } from '../../db/schema/sessions.js';
import type { Actor } from '../../policies/actor.js';

/** The user's live sessions with the technical data recorded for each, the current one marked. */
export async function listMySessions(db: Database, actor: Actor, now = new Date()) {
  const rows = await db
    .select({
      id: sessions.id,
      ipAddress: sessions.ipAddress,
      device: sessions.device,
      operatingSystem: sessions.operatingSystem,
      browser: sessions.browser,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, actor.userId),
        eq(sessions.organisationId, actor.organisationId),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({ ...row, current: row.id === actor.sessionId }));
}
