import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { apiKeys } from '../../db/schema/api-keys.js';
import { auditLog } from '../../db/schema/audit-log.js';
import { organisations } from '../../db/schema/organisations.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { ApiKeyActor, ApiKeyScope } from '../../policies/api-key-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashApiKey, isApiKeyShaped } from './api-key-secret.js';

// Writing last_used_at on every call would turn each read into a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60_000;
// An integration may call many times a minute: one audit entry an hour shows the use without flooding.
const AUDIT_USE_EVERY_MS = 60 * 60_000;

/**
 * The integration behind a bearer key, or undefined when the key is unknown, revoked, or its
 * organisation cancelled. Read from the database on every request, so a revoked key is refused at once.
 */
export async function resolveApiKey(
  db: Database,
  key: string,
  client: { ipAddress: string },
  now = new Date(),
): Promise<ApiKeyActor | undefined> {
  if (!isApiKeyShaped(key)) return undefined;
  // The organisation is not known until the key is found, so this one lookup spans organisations.
  const [row] = await db
    .select({
      apiKeyId: apiKeys.id,
      organisationId: apiKeys.organisationId,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .where(
      and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt), isNull(organisations.cancelledAt)),
    );
  if (!row) return undefined;
  const apiKey: ApiKeyActor = {
    apiKeyId: row.apiKeyId,
    organisationId: row.organisationId,
    scopes: row.scopes as ApiKeyScope[],
  };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await inTenant(db, apiKey.organisationId, (tx) => noteUse(tx, apiKey, client.ipAddress, now));
  }
  return apiKey;
}

/**
 * Moves last_used_at on, and audits the use when the key was not audited in the last hour. The
 * conditional update lets one of several simultaneous requests through; the others wait for its
 * row lock, then no longer match, so they neither touch nor audit.
 */
async function noteUse(tx: Transaction, apiKey: ApiKeyActor, ipAddress: string, now: Date): Promise<void> {
  const touched = await tx
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, apiKey.apiKeyId),
        or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, new Date(now.getTime() - TOUCH_AFTER_MS))),
      ),
    )
    .returning({ id: apiKeys.id });
  if (touched.length === 0) return;
  const [audited] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, apiKey.organisationId),
        gt(auditLog.createdAt, new Date(now.getTime() - AUDIT_USE_EVERY_MS)),
        eq(auditLog.action, 'api_key.used'),
        eq(auditLog.targetId, apiKey.apiKeyId),
      ),
    )
    .limit(1);
  if (audited) return;
  await recordAudit(tx, {
    organisationId: apiKey.organisationId,
    actorUserId: null,
    action: 'api_key.used',
    targetType: 'api_key',
    targetId: apiKey.apiKeyId,
    ipAddress,
  });
}
