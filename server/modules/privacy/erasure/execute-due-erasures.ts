import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { erasureSchedule } from '../../../db/schema/erasure-schedule.js';
import { users } from '../../../db/schema/users.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { eraseOrganisationIn, OrganisationErasureIncomplete } from './erase-organisation.js';
import { erasePersonIn } from './erase-person.js';
import { tellPostponedErasure } from './tell-postponed-erasure.js';

export interface DueErasures {
  executed: number;
  postponed: number;
  failed: number;
  /** Cancelled organisations erased whole in this run. */
  organisationsErased: number;
  /**
   * Why an erasure failed, per schedule row: the kind of error and its SQL state, or the tables an
   * organisation's proof found data in. Never the error's text, which may quote personal data.
   */
  failures: { scheduleId: string; cause: string }[];
}

function causeOf(error: unknown): string {
  if (error instanceof OrganisationErasureIncomplete) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const name = error instanceof Error ? error.name : typeof error;
  return typeof code === 'string' ? `${name} (SQL state ${code})` : name;
}

/**
 * Carries out the scheduled erasures of cancelled accounts and organisations whose grace period
 * has passed (P8), each in its own transaction with the schedule row marked done in it: an erasure
 * that fails leaves nothing half erased and is tried again on the next run. A person working on an
 * open incident waits (see erasePersonIn). An account that is no longer cancelled is not erased,
 * nor is an organisation the operator restored. An organisation's schedule row goes with it (a
 * foreign key); the platform's audit log keeps its proof (see eraseOrganisationIn).
 */
// @promise P8 a cancelled account's personal data is erased after the grace period, all or nothing
export async function executeDueErasures(
  db: Database,
  now: Date,
  /** The mail queue: a person whose erasure is postponed for the first time is told why. */
  jobs?: JobQueue,
): Promise<DueErasures> {
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
  const counts: DueErasures = { executed: 0, postponed: 0, failed: 0, organisationsErased: 0, failures: [] };
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
            now,
          });
          if (result.outcome === 'postponed') {
            if (jobs && result.postponed) await tellPostponedErasure(tx, jobs, row, result.postponed, now);
            return 'postponed' as const;
          }
        }
        // No account left (erased by an earlier request): the promise is kept as well.
        await tx.update(erasureSchedule).set({ executedAt: now }).where(eq(erasureSchedule.id, row.id));
        return 'executed' as const;
      });
      counts[outcome] += 1;
    } catch (error) {
      counts.failed += 1;
      counts.failures.push({ scheduleId: row.id, cause: causeOf(error) });
    }
  }
  await executeDueOrganisationErasures(db, now, counts);
  return counts;
}

async function executeDueOrganisationErasures(db: Database, now: Date, counts: DueErasures) {
  const due = await db
    .select()
    .from(erasureSchedule)
    .where(
      and(
        eq(erasureSchedule.subjectType, 'organisation'),
        lte(erasureSchedule.dueAt, now),
        isNull(erasureSchedule.executedAt),
        isNull(erasureSchedule.undoneAt),
      ),
    )
    .orderBy(erasureSchedule.dueAt);
  for (const row of due) {
    try {
      const result = await db.transaction((tx) =>
        eraseOrganisationIn(
          tx,
          row.organisationId,
          { id: row.id, reason: row.reason, requestedAt: row.requestedAt, dueAt: row.dueAt },
          now,
        ),
      );
      if (result.outcome === 'erased') counts.organisationsErased += 1;
      else if (result.outcome === 'held') counts.postponed += 1;
      else counts.failed += 1;
    } catch (error) {
      counts.failed += 1;
      counts.failures.push({ scheduleId: row.id, cause: causeOf(error) });
    }
  }
}
