import type { DatabaseHandle } from '../../../db/database.js';
import { executorFor } from '../../../db/sql-executor.js';
import type { JobQueue, SqlExecutor } from '../../../jobs/job-queue.js';
import { recordAudit } from '../../audit/record-audit.js';
import { executeDueErasures } from '../erasure/execute-due-erasures.js';
import { purgePlan } from './purge-plan.js';

/** What one run did: counts only, never the purged data. */
export interface RetentionReport {
  ranAt: string;
  /** Rows deleted per table. */
  purged: Record<string, number>;
  /** Scheduled erasures past their grace period still waiting after this run (organisations, postponed, failed). */
  erasuresDue: number;
  /** Cancelled accounts erased in this run (each with its own proof in the audit log). */
  erasuresExecuted: number;
  /** Accounts of people working on an open incident: tried again on the next run. */
  erasuresPostponed: number;
  /** Erasures that failed (rolled back whole) or whose account is no longer cancelled. */
  erasuresFailed: number;
  /** Why, per schedule row, without personal data (see executeDueErasures). */
  erasureFailures: { scheduleId: string; cause: string }[];
  /** Cancelled organisations erased whole in this run (each with its proof in the audit log). */
  organisationsErased: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The daily retention job (P2, P8): deletes what the data map says is kept no longer, one table
 * per statement (a statement is all or nothing, so a failure leaves no table half purged), and
 * writes what it did to the audit log. Runs as the platform, across organisations.
 */
// @promise P2, P8 retention: data is deleted when the data map says it is kept no longer
// @promise P8 a cancelled account is erased by the retention job once its grace period has passed
export async function runRetention(
  handle: DatabaseHandle,
  now: Date,
  /** The mail queue, so a person whose erasure waits is told why (the nightly job passes it). */
  jobs?: JobQueue,
): Promise<RetentionReport> {
  const { steps } = purgePlan();
  const report: RetentionReport = {
    ranAt: now.toISOString(),
    purged: {},
    erasuresDue: 0,
    erasuresExecuted: 0,
    erasuresPostponed: 0,
    erasuresFailed: 0,
    erasureFailures: [],
    organisationsErased: 0,
  };
  for (const step of steps) {
    const purge = async (sqlOf: SqlExecutor) => {
      if (step.door && step.rule.kind === 'days') {
        const cutoff = new Date(now.getTime() - step.rule.days * DAY_MS);
        await sqlOf.executeSql('select set_config($1, $2, true)', [step.door, cutoff.toISOString()]);
      }
      return sqlOf.executeSql(
        `with gone as (delete from ${quoted(step.table)} where ${step.expired} returning 1)
         select count(*)::int as count from gone`,
        [now.toISOString()],
      );
    };
    // An append-only table's door is a setting of the transaction: the two statements share one.
    const { rows } = step.door
      ? await handle.db.transaction((tx) => purge(executorFor(tx)))
      : await purge(handle);
    report.purged[step.table] = Number(rows[0]?.count ?? 0);
  }
  const erasures = await executeDueErasures(handle.db, now, jobs);
  report.erasuresExecuted = erasures.executed;
  report.erasuresPostponed = erasures.postponed;
  report.erasuresFailed = erasures.failed;
  report.erasureFailures = erasures.failures;
  report.organisationsErased = erasures.organisationsErased;
  const { rows } = await handle.executeSql(
    `select count(*)::int as count from erasure_schedule
     where due_at <= $1 and executed_at is null and undone_at is null`,
    [now.toISOString()],
  );
  report.erasuresDue = Number(rows[0]?.count ?? 0);
  await recordAudit(handle.db, {
    organisationId: null,
    actorUserId: null,
    action: 'privacy.retention_ran',
    targetType: 'platform',
    details: { ...report },
  });
  return report;
}
