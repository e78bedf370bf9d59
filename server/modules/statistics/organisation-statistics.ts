import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { ACTIVITY_KINDS, countedFacts } from './counted-facts.js';
import { type PeriodBounds, STATISTICS_TIME_ZONE } from './usage-period.js';

export interface WeekOfUse {
  /** Monday of the week (Dutch time), YYYY-MM-DD. */
  weekStart: string;
  activePeople: number;
}

/** One organisation's use over a period: aggregates only, never a person (privacy by design). */
export interface OrganisationStatistics {
  period: { days: number; from: string; to: string };
  activePeople: number;
  weeks: WeekOfUse[];
  incidentsStarted: number;
  exercisesStarted: number;
  alertsSent: number;
  /** People alerted, once per alert and person. */
  alertsReceived: number;
  alertsAnswered: number;
  /** Share of `alertsReceived` answered, 0–1; null when nobody was alerted. */
  shareAnswered: number | null;
  /** Median seconds from being alerted to answering; null without answers or with too few. */
  medianAnswerSeconds: number | null;
  /** The median is withheld: fewer than MIN_ANSWERS_FOR_TIMES people answering would show one person's speed. */
  answerTimesHidden: boolean;
  logbookEntries: number;
  tasksCreated: number;
  situationUpdates: number;
  chatMessages: number;
}

/**
 * Below this many people answering the median time is withheld: in a small team an admin knows who was
 * alerted, and a median of one or two answers is a person's own response time (P10: figures
 * never point to a person).
 */
export const MIN_ANSWERS_FOR_TIMES = 5;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;
const count = (value: unknown) => Number(value ?? 0);

async function totals(tx: Transaction, organisationId: string, period: PeriodBounds) {
  const facts = countedFacts(sql`uf.organisation_id = ${organisationId}::uuid`, period);
  const [row] = rowsOf(
    await tx.execute(sql`
      select
        count(distinct f.user_id) filter (where f.kind in ${ACTIVITY_KINDS}) as active_people,
        count(*) filter (where f.kind = 'incident_started') as incidents_started,
        count(*) filter (where f.kind = 'exercise_started') as exercises_started,
        count(*) filter (where f.kind = 'alert_sent') as alerts_sent,
        count(*) filter (where f.kind = 'logbook_entry') as logbook_entries,
        count(*) filter (where f.kind = 'task_created') as tasks_created,
        count(*) filter (where f.kind = 'situation_saved') as situation_updates,
        count(*) filter (where f.kind = 'chat_message') as chat_messages
      from ${facts} f`),
  );
  return row ?? {};
}

/**
 * People alerted in the period (each person once per alert) and how many of them answered, with
 * the median time to the first answer. An answer counts with its alert, even if it came later.
 */
async function answers(tx: Transaction, organisationId: string, period: PeriodBounds) {
  const received = countedFacts(sql`uf.organisation_id = ${organisationId}::uuid`, period);
  const answered = countedFacts(sql`uf.organisation_id = ${organisationId}::uuid`, 'any time');
  const [row] = rowsOf(
    await tx.execute(sql`
      with received as (
        select distinct f.record_id, f.user_id from ${received} f where f.kind = 'alert_received'),
      answered as (
        select f.record_id, f.user_id, min(f.response_seconds) as seconds from ${answered} f
        where f.kind = 'alert_answered' group by f.record_id, f.user_id)
      select count(*) as received, count(a.user_id) as answered, count(distinct a.user_id) as answerers,
        percentile_cont(0.5) within group (order by a.seconds) as median_seconds
      from received r left join answered a on a.record_id = r.record_id and a.user_id = r.user_id`),
  );
  return row ?? {};
}

async function weeks(tx: Transaction, organisationId: string, period: PeriodBounds): Promise<WeekOfUse[]> {
  const facts = countedFacts(sql`uf.organisation_id = ${organisationId}::uuid`, period);
  const week = (moment: ReturnType<typeof sql>) =>
    sql`date_trunc('week', ${moment} at time zone ${STATISTICS_TIME_ZONE})`;
  const rows = rowsOf(
    await tx.execute(sql`
      select to_char(w.week, 'YYYY-MM-DD') as week_start, count(distinct f.user_id) as active_people
      from generate_series(${week(sql`${period.from.toISOString()}::timestamptz`)},
        ${week(sql`${period.to.toISOString()}::timestamptz`)}, interval '1 week') as w(week)
      left join ${facts} f on f.kind in ${ACTIVITY_KINDS} and ${week(sql`f.occurred_at`)} = w.week
      group by w.week order by w.week`),
  );
  return rows.map((row) => ({ weekStart: String(row.week_start), activePeople: count(row.active_people) }));
}

/** The statistics of one organisation; run it in the organisation's tenant transaction. */
// @promise P10 organisation admins see their organisation's use as aggregates, without restricted people or objectors
export async function organisationStatistics(
  tx: Transaction,
  organisationId: string,
  period: PeriodBounds,
): Promise<OrganisationStatistics> {
  const sum = await totals(tx, organisationId, period);
  const alerts = await answers(tx, organisationId, period);
  const received = count(alerts.received);
  const answered = count(alerts.answered);
  // People, not answers: one person answering five alerts is still one person's speed.
  const answerers = count(alerts.answerers);
  return {
    period: { days: period.days, from: period.from.toISOString(), to: period.to.toISOString() },
    activePeople: count(sum.active_people),
    weeks: await weeks(tx, organisationId, period),
    incidentsStarted: count(sum.incidents_started),
    exercisesStarted: count(sum.exercises_started),
    alertsSent: count(sum.alerts_sent),
    alertsReceived: received,
    alertsAnswered: answered,
    shareAnswered: received === 0 ? null : answered / received,
    medianAnswerSeconds:
      answerers < MIN_ANSWERS_FOR_TIMES ||
      alerts.median_seconds === null ||
      alerts.median_seconds === undefined
        ? null
        : Math.round(Number(alerts.median_seconds)),
    answerTimesHidden: answerers > 0 && answerers < MIN_ANSWERS_FOR_TIMES,
    logbookEntries: count(sum.logbook_entries),
    tasksCreated: count(sum.tasks_created),
    situationUpdates: count(sum.situation_updates),
    chatMessages: count(sum.chat_messages),
  };
}
