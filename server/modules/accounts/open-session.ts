import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { sessions } from '../../db/schema/sessions.js';
import { recordAudit } from '../audit/record-audit.js';
import { describeUserAgent } from './describe-user-agent.js';
import { hashToken, newSessionToken, SESSION_ABSOLUTE_MS } from './session-tokens.js';

export interface SessionOpened {
  kind: 'session';
  token: string;
  sessionId: string;
  userId: string;
  organisationId: string;
  expiresAt: Date;
}

export interface ClientDetails {
  ipAddress: string;
  userAgent: string | undefined;
}

/** A new session with a new id and the technical data the privacy statement names; audited. */
export async function openSession(
  db: Database,
  user: { id: string; organisationId: string },
  client: ClientDetails,
  details: Record<string, unknown> = {},
): Promise<SessionOpened> {
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
      ipAddress: client.ipAddress,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      ...describeUserAgent(client.userAgent),
      expiresAt,
    });
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: 'session.signed_in',
      targetType: 'session',
      targetId: sessionId,
      ipAddress: client.ipAddress,
      details,
    });
  });
  return {
    kind: 'session',
    token,
    sessionId,
    userId: user.id,
    organisationId: user.organisationId,
    expiresAt,
  };
}
