import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { supportGrants } from '../../db/schema/support-grants.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../domain-error.js';

/**
 * Ends a support grant of the actor's organisation before it expires. A grant that has already
 * ended, by revocation or by time, stays as it is: revoking it again changes nothing.
 */
export async function revokeSupportAccess(
  db: Database,
  actor: Actor,
  grantId: string,
  ipAddress: string,
  now = new Date(),
): Promise<void> {
  await inTenant(db, actor.organisationId, async (tx) => {
    const [grant] = await tx
      .select({ expiresAt: supportGrants.expiresAt, revokedAt: supportGrants.revokedAt })
      .from(supportGrants)
      .where(and(eq(supportGrants.id, grantId), eq(supportGrants.organisationId, actor.organisationId)))
      .for('update');
    if (!grant) throw notFound();
    if (grant.revokedAt || grant.expiresAt <= now) return;
    await tx.update(supportGrants).set({ revokedAt: now }).where(eq(supportGrants.id, grantId));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'support_access.revoked',
      targetType: 'support_grant',
      targetId: grantId,
      ipAddress,
      details: { expiresAt: grant.expiresAt.toISOString() },
    });
  });
}
