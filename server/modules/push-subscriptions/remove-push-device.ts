import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { pushSubscriptions } from '../../db/schema/push-subscriptions.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../domain-error.js';

/** Stops push to one of the person's own devices; someone else's device answers 404 like a missing one. */
export async function removePushDevice(
  db: Database,
  actor: Actor,
  id: string,
  ipAddress: string,
): Promise<void> {
  const removed = await inTenant(db, actor.organisationId, async (tx) => {
    const rows = await tx
      .delete(pushSubscriptions)
      .where(
        and(
          eq(pushSubscriptions.id, id),
          eq(pushSubscriptions.organisationId, actor.organisationId),
          eq(pushSubscriptions.userId, actor.userId),
        ),
      )
      .returning({ id: pushSubscriptions.id, deviceLabel: pushSubscriptions.deviceLabel });
    for (const row of rows)
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'push_device.removed',
        targetType: 'push_subscription',
        targetId: row.id,
        ipAddress,
        details: { deviceLabel: row.deviceLabel },
      });
    return rows;
  });
  if (removed.length === 0) throw notFound();
}
