import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import type { Actor } from '../../../policies/actor.js';
import { DomainError } from '../../domain-error.js';
import { auditBreach, requireBreachStaff } from './breach-staff.js';
import { authorityDecided, lockOpenBreach, subjectsDecided } from './breach-store.js';

/**
 * Closes a breach once both decisions are on record: the authority notified or the reasoned
 * decision not to (art. 33), and the people concerned informed or why not (art. 34). A closed
 * breach stays in the register as it was closed.
 */
export async function closeBreach(
  db: Database,
  actor: Actor,
  id: string,
  ipAddress: string,
  now: Date,
): Promise<void> {
  await requireBreachStaff(db, actor);
  await db.transaction(async (tx) => {
    const breach = await lockOpenBreach(tx, id);
    if (!authorityDecided(breach)) throw new DomainError('data_breach_authority_decision_missing', 409);
    if (!subjectsDecided(breach)) throw new DomainError('data_breach_subjects_decision_missing', 409);
    await tx
      .update(dataBreaches)
      .set({ status: 'closed', closedAt: now, updatedAt: now })
      .where(eq(dataBreaches.id, id));
    await auditBreach(tx, actor, 'data_breach.closed', id, ipAddress);
  });
}
