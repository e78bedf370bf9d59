import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { apiKeys } from '../../db/schema/api-keys.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../domain-error.js';

/**
 * Revokes a key of the actor's organisation; every request with it is refused from the next one on,
 * because keys are checked against the database on each request. Revoking twice changes nothing.
 */
export async function revokeApiKey(
  db: Database,
  actor: Actor,
  apiKeyId: string,
  ipAddress: string,
): Promise<void> {
  await inTenant(db, actor.organisationId, async (tx) => {
    const [key] = await tx
      .select({ name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(and(eq(apiKeys.id, apiKeyId), eq(apiKeys.organisationId, actor.organisationId)))
      .for('update');
    if (!key) throw notFound();
    if (key.revokedAt) return;
    await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, apiKeyId));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'api_key.revoked',
      targetType: 'api_key',
      targetId: apiKeyId,
      ipAddress,
      details: { name: key.name, prefix: key.prefix },
    });
  });
}
