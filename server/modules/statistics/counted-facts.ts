import { type SQL, sql } from 'drizzle-orm';
import type { PeriodBounds } from './usage-period.js';

/**
 * The facts a statistic may count, as a subquery `f`: those of people who are not restricted now
 * (art. 18: their data is only stored, so past facts drop out of every figure while the restriction
 * lasts) and who have no objection in force (deleted at the objection already; this also covers a
 * fact a projector batch wrote in the same instant). `where` narrows to one organisation or none;
 * `period` to the facts of that time, or none (an answer counts with its alert, whenever it came).
 */
export function countedFacts(where: SQL | undefined, period: PeriodBounds | 'any time'): SQL {
  const within =
    period === 'any time'
      ? sql`true`
      : sql`uf.occurred_at >= ${period.from.toISOString()}::timestamptz
      and uf.occurred_at < ${period.to.toISOString()}::timestamptz`;
  return sql`(
    select uf.* from usage_facts uf
    join users u on u.id = uf.user_id and u.restricted_at is null
    where ${within}
      and not exists (select 1 from usage_objections o where o.user_id = uf.user_id and o.withdrawn_at is null)
      ${where ? sql`and ${where}` : sql``}
  )`;
}

/** Kinds that are something a person did; being alerted is not activity. */
export const ACTIVITY_KINDS = sql`('incident_started', 'exercise_started', 'logbook_entry', 'task_created', 'situation_saved', 'chat_message', 'alert_sent', 'alert_answered')`;
