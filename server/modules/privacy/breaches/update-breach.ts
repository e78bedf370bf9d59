import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import type { Actor } from '../../../policies/actor.js';
import { DomainError } from '../../domain-error.js';
import { notificationDueAt } from './breach-clock.js';
import { type BreachFacts, refuseFutureDiscovery } from './breach-facts.js';
import { auditBreach, requireBreachStaff } from './breach-staff.js';
import { lockOpenBreach } from './breach-store.js';

/**
 * Changes what is known about an open breach as the investigation goes on. The audit entry names
 * the fields that changed (not their text), so the register's history shows what moved when.
 */
export async function updateBreach(
  db: Database,
  actor: Actor,
  id: string,
  changes: Partial<BreachFacts>,
  ipAddress: string,
  now: Date,
): Promise<void> {
  await requireBreachStaff(db, actor);
  if (changes.discoveredAt) refuseFutureDiscovery(changes.discoveredAt, now);
  await db.transaction(async (tx) => {
    const breach = await lockOpenBreach(tx, id);
    const changed = (Object.keys(changes) as (keyof BreachFacts)[]).filter((key) => {
      const before = breach[key];
      const after = changes[key];
      return before instanceof Date && after instanceof Date
        ? before.getTime() !== after.getTime()
        : before !== after;
    });
    if (changed.length === 0) throw new DomainError('field_nothing_to_change', 400);
    // A later moment of discovery would move the deadline on: a notification already on record
    // must still come after it.
    const discoveredAt = changes.discoveredAt ?? breach.discoveredAt;
    if (breach.authorityNotifiedAt && breach.authorityNotifiedAt < discoveredAt)
      throw new DomainError('data_breach_notified_before_discovery', 400);
    if (breach.subjectsInformedAt && breach.subjectsInformedAt < discoveredAt)
      throw new DomainError('data_breach_informed_before_discovery', 400);
    // An earlier moment of discovery can make a notification on record late: then the reasons for
    // the delay must be on record too (art. 33(1)), recorded by deciding again.
    if (
      breach.authorityNotifiedAt &&
      !breach.authorityDelayReason &&
      breach.authorityNotifiedAt > notificationDueAt(discoveredAt)
    )
      throw new DomainError('data_breach_delay_reason_required', 400);
    await tx
      .update(dataBreaches)
      .set({
        ...changes,
        // A new moment of discovery is a new deadline: its warnings are due afresh.
        ...(changed.includes('discoveredAt') ? { deadlineWarnedAt: null, overdueWarnedAt: null } : {}),
        updatedAt: now,
      })
      .where(eq(dataBreaches.id, id));
    await auditBreach(tx, actor, 'data_breach.updated', id, ipAddress, { fields: changed });
  });
}
