import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import type { Actor } from '../../../policies/actor.js';
import { DomainError } from '../../domain-error.js';
import { notificationDueAt } from './breach-clock.js';
import { auditBreach, requireBreachStaff } from './breach-staff.js';
import { lockOpenBreach } from './breach-store.js';

/** The decision about the Autoriteit Persoonsgegevens: notified (with its reference), or not, with why. */
export type AuthorityDecision =
  | { decision: 'notified'; notifiedAt: Date; reference: string; delayReason?: string | undefined }
  | { decision: 'not-notified'; reason: string };

/**
 * Records the decision that stops the 72-hour clock (art. 33(1)): the notification with the
 * authority's reference, or the reasoned decision not to notify because the breach is unlikely to
 * result in a risk. A notification after the 72 hours needs the reasons for the delay. A later
 * decision replaces an earlier one while the breach is open (a risk found after all); each is audited.
 */
export async function decideAuthority(
  db: Database,
  actor: Actor,
  id: string,
  input: AuthorityDecision,
  ipAddress: string,
  now: Date,
): Promise<void> {
  await requireBreachStaff(db, actor);
  await db.transaction(async (tx) => {
    const breach = await lockOpenBreach(tx, id);
    if (input.decision === 'not-notified') {
      await tx
        .update(dataBreaches)
        .set({
          authorityNotifiedAt: null,
          authorityReference: null,
          authorityDelayReason: null,
          authorityNotNotifiedReason: input.reason,
          updatedAt: now,
        })
        .where(eq(dataBreaches.id, id));
      await auditBreach(tx, actor, 'data_breach.authority_not_notified', id, ipAddress);
      return;
    }
    if (input.notifiedAt > now) throw new DomainError('data_breach_notified_in_future', 400);
    if (input.notifiedAt < breach.discoveredAt)
      throw new DomainError('data_breach_notified_before_discovery', 400);
    const late = input.notifiedAt > notificationDueAt(breach.discoveredAt);
    if (late && !input.delayReason) throw new DomainError('data_breach_delay_reason_required', 400);
    await tx
      .update(dataBreaches)
      .set({
        authorityNotifiedAt: input.notifiedAt,
        authorityReference: input.reference,
        authorityDelayReason: late ? (input.delayReason ?? null) : null,
        authorityNotNotifiedReason: null,
        updatedAt: now,
      })
      .where(eq(dataBreaches.id, id));
    await auditBreach(tx, actor, 'data_breach.authority_notified', id, ipAddress, {
      notifiedAt: input.notifiedAt.toISOString(),
      reference: input.reference,
      late,
    });
  });
}
