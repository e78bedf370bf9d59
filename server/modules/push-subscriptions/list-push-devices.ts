import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { pushSubscriptions } from '../../db/schema/push-subscriptions.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { PUSH_DEVICE_COLUMNS, type PushDevice } from './push-device-view.js';

/** The person's own subscribed devices, newest first; with `endpoint`, only that one (if it is theirs). */
export function listPushDevices(db: Database, actor: Actor, endpoint?: string): Promise<PushDevice[]> {
  return inTenant(db, actor.organisationId, (tx) =>
    tx
      .select(PUSH_DEVICE_COLUMNS)
      .from(pushSubscriptions)
      .where(
        and(
          eq(pushSubscriptions.organisationId, actor.organisationId),
          eq(pushSubscriptions.userId, actor.userId),
          endpoint === undefined ? undefined : eq(pushSubscriptions.endpoint, endpoint),
        ),
      )
      .orderBy(desc(pushSubscriptions.createdAt)),
  );
}
