import type { DatabaseHandle } from '../../../db/database.js';
import { recordAudit } from '../../audit/record-audit.js';
import { executeDueErasures } from '../erasure/execute-due-erasures.js';
import { purgePlan } from './purge-plan.js';

/** What one run did: counts only, never the purged data. */
export interface RetentionReport {
  ranAt: string;
  /** Rows deleted per table. */
  purged: Record<string, number>;
  /** Append-only tables: rows past their period that could not be deleted. */
  overdue: Record<string, number>;
  /** Scheduled erasures past their grace period still waiting after this run (organisations, postponed, failed). */
  erasuresDue: number;
  /** Cancelled accounts erased in this run (each with its own proof in the audit log). */
  erasuresExecuted: number;
  /** Accounts of people working on an open incident: tried again on the next run. */
  erasuresPostponed: number;
  /** Erasures that failed (rolled back whole) or whose account is no longer cancelled. */
  erasuresFailed: number;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The daily retention job (P2, P8): deletes what the data map says is kept no longer, one table
 * per statement (a statement is all or nothing, so a failure leaves no table half purged), and
 * writes what it did to the audit log. Runs as the platform, across organisations.
 */
// @promise P2, P8 retention: data is deleted when the data map says it is kept no longer
// @promise P8 a cancelled account is erased by the retention job once its grace period has passed
export async function runRetention(handle: DatabaseHandle, now: Date): Promise<RetentionReport> {
  const { steps, kept } = purgePlan();
  const report: RetentionReport = {
    ranAt: now.toISOString(),
    purged: {},
    overdue: {},
    erasuresDue: 0,
    erasuresExecuted: 0,
    erasuresPostponed: 0,
    erasuresFailed: 0,
  };
  for (const step of steps) {
    const { rows } = await handle.executeSql(
      `with gone as (delete from ${quoted(step.table)} where ${step.expired} returning 1)
       select count(*)::int as count from gone`,
      [now.toISOString()],
    );
    report.purged[step.table] = Number(rows[0]?.count ?? 0);
  }
  for (const table of kept.filter((entry) => entry.reason === 'append-only')) {
    if (table.rule.kind !== 'days') continue;
    const { rows } = await handle.executeSql(
      `select count(*)::int as count from ${quoted(table.table)}
       where ${quoted(table.rule.from)} < $1::timestamptz - ${table.rule.days} * interval '1 day'`,
      [now.toISOString()],
    );
    report.overdue[table.table] = Number(rows[0]?.count ?? 0);
  }
  const erasures = await executeDueErasures(handle.db, now);
  report.erasuresExecuted = erasures.executed;
  report.erasuresPostponed = erasures.postponed;
  report.erasuresFailed = erasures.failed;
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
