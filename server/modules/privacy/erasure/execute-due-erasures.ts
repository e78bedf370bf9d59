import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { erasureSchedule } from '../../../db/schema/erasure-schedule.js';
import { users } from '../../../db/schema/users.js';
import { erasePersonIn } from './erase-person.js';

export interface DueErasures {
  executed: number;
  postponed: number;
  failed: number;
}

/**
 * Carries out the scheduled erasures of cancelled accounts whose grace period has passed (P8),
 * each in its own transaction with the schedule row marked done in it: an erasure that fails
 * leaves nothing half erased and is tried again on the next run. A person working on an open
 * incident waits (see erasePersonIn). An account that is no longer cancelled is not erased.
 * Organisations' erasures are not carried out here yet: they stay due, and the report says so.
 */
// @promise P8 a cancelled account's personal data is erased after the grace period, all or nothing
export async function executeDueErasures(db: Database, now: Date): Promise<DueErasures> {
  const due = await db
    .select({
      id: erasureSchedule.id,
      organisationId: erasureSchedule.organisationId,
      userId: erasureSchedule.subjectId,
      reason: erasureSchedule.reason,
    })
    .from(erasureSchedule)
    .where(
      and(
        eq(erasureSchedule.subjectType, 'user'),
        lte(erasureSchedule.dueAt, now),
        isNull(erasureSchedule.executedAt),
        isNull(erasureSchedule.undoneAt),
      ),
    )
    .orderBy(erasureSchedule.dueAt);
  const counts: DueErasures = { executed: 0, postponed: 0, failed: 0 };
  for (const row of due) {
    try {
      const outcome = await db.transaction(async (tx) => {
        const [user] = await tx
          .select({ status: users.status })
          .from(users)
          .where(and(eq(users.id, row.userId), eq(users.organisationId, row.organisationId)));
        if (user && user.status !== 'cancelled') return 'failed' as const;
        if (user) {
          const result = await erasePersonIn(tx, row.organisationId, row.userId, {
            reason: row.reason,
            requestedBy: null,
          });
          if (result.outcome === 'postponed') return 'postponed' as const;
        }
        // No account left (erased by an earlier request): the promise is kept as well.
        await tx.update(erasureSchedule).set({ executedAt: now }).where(eq(erasureSchedule.id, row.id));
        return 'executed' as const;
      });
      counts[outcome] += 1;
    } catch {
      counts.failed += 1;
    }
  }
  return counts;
}
