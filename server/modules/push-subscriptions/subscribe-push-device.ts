import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { pushSubscriptions } from '../../db/schema/push-subscriptions.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { PUSH_DEVICE_COLUMNS, type PushDevice } from './push-device-view.js';

export interface PushDeviceInput {
  endpoint: string;
  p256dh: string;
  auth: string;
  deviceLabel: string;
}

/** Each device is one POST per alert; a cap keeps one account from making the worker post to thousands. */
export const MAX_PUSH_DEVICES_PER_PERSON = 20;

/**
 * Subscribes a device for the signed-in person. The same endpoint again updates its row (browsers
 * renew keys and re-subscribe). An endpoint that belongs to someone else moves to this person:
 * an endpoint is one browser profile, only that browser knows it, so presenting it means holding
 * the device now. Leaving it with the former holder would show their alerts, with their
 * organisation's crisis details, to whoever has the device; refusing would keep the new holder
 * from ever being alerted on it.
 */
export function subscribePushDevice(
  db: Database,
  actor: Actor,
  input: PushDeviceInput,
  ipAddress: string,
): Promise<PushDevice> {
  return db.transaction(async (tx) => {
    // The one write across organisations, so as the connecting user: row-level security would
    // hide (and on conflict refuse) a row of another organisation with this endpoint.
    await tx
      .delete(pushSubscriptions)
      .where(
        and(
          eq(pushSubscriptions.endpoint, input.endpoint),
          ne(pushSubscriptions.organisationId, actor.organisationId),
        ),
      );
    return inTenant(tx, actor.organisationId, async (tenant) => {
      await tenant
        .delete(pushSubscriptions)
        .where(
          and(
            eq(pushSubscriptions.organisationId, actor.organisationId),
            eq(pushSubscriptions.endpoint, input.endpoint),
            ne(pushSubscriptions.userId, actor.userId),
          ),
        );
      const [others] = await tenant
        .select({ total: count() })
        .from(pushSubscriptions)
        .where(
          and(
            eq(pushSubscriptions.organisationId, actor.organisationId),
            eq(pushSubscriptions.userId, actor.userId),
            ne(pushSubscriptions.endpoint, input.endpoint),
          ),
        );
      if ((others?.total ?? 0) >= MAX_PUSH_DEVICES_PER_PERSON)
        throw new DomainError('push_too_many_devices', 409);
      const [device] = await tenant
        .insert(pushSubscriptions)
        .values({ id: uuidv7(), organisationId: actor.organisationId, userId: actor.userId, ...input })
        .onConflictDoUpdate({
          target: pushSubscriptions.endpoint,
          set: {
            p256dh: sql`excluded.p256dh`,
            auth: sql`excluded.auth`,
            deviceLabel: sql`excluded.device_label`,
          },
          // Another person's subscribe of the same endpoint committed in between: theirs stands.
          setWhere: eq(pushSubscriptions.userId, actor.userId),
        })
        .returning(PUSH_DEVICE_COLUMNS);
      if (!device) throw new DomainError('conflict', 409);
      await recordAudit(tenant, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'push_device.added',
        targetType: 'push_subscription',
        targetId: device.id,
        ipAddress,
        details: { deviceLabel: input.deviceLabel },
      });
      return device;
    });
  });
}
