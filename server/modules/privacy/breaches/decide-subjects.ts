import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import type { Actor } from '../../../policies/actor.js';
import { DomainError } from '../../domain-error.js';
import { auditBreach, requireBreachStaff } from './breach-staff.js';
import { lockOpenBreach } from './breach-store.js';

/** The decision about the people concerned (art. 34): informed when, or not needed, with why. */
export type SubjectsDecision =
  | { decision: 'informed'; informedAt: Date }
  | { decision: 'not-needed'; reason: string };

/**
 * Records whether the people concerned were told (art. 34(1)) or why that is not needed (art.
 * 34(3): no high risk, the data was unintelligible, measures taken, or a public notice instead).
 */
export async function decideSubjects(
  db: Database,
  actor: Actor,
  id: string,
  input: SubjectsDecision,
  ipAddress: string,
  now: Date,
): Promise<void> {
  await requireBreachStaff(db, actor);
  await db.transaction(async (tx) => {
    const breach = await lockOpenBreach(tx, id);
    if (input.decision === 'informed') {
      if (input.informedAt > now) throw new DomainError('data_breach_informed_in_future', 400);
      if (input.informedAt < breach.discoveredAt)
        throw new DomainError('data_breach_informed_before_discovery', 400);
    }
    await tx
      .update(dataBreaches)
      .set(
        input.decision === 'informed'
          ? { subjectsInformedAt: input.informedAt, subjectsNotInformedReason: null, updatedAt: now }
          : { subjectsInformedAt: null, subjectsNotInformedReason: input.reason, updatedAt: now },
      )
      .where(eq(dataBreaches.id, id));
    await auditBreach(
      tx,
      actor,
      input.decision === 'informed' ? 'data_breach.subjects_informed' : 'data_breach.subjects_not_informed',
      id,
      ipAddress,
      input.decision === 'informed' ? { informedAt: input.informedAt.toISOString() } : {},
    );
  });
}
