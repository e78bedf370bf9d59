import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { ACTIVITY_KINDS, countedFacts } from './counted-facts.js';
import type { PeriodBounds } from './usage-period.js';

/** One customer organisation's use, as operator staff see it: counts only. */
export interface OrganisationUsage {
  organisationId: string;
  name: string;
  activePeople: number;
  incidentsStarted: number;
  exercisesStarted: number;
  alertsSent: number;
  logbookEntries: number;
}

type Row = Record<string, unknown>;

/**
 * Use per customer organisation for the operator console: counts only, never a person and never
 * crisis content. This one read spans organisations by design, so it runs as the connecting user;
 * the route lets only operator staff call it.
 */
// @promise P10 operator staff see use per organisation as counts only
export async function platformStatistics(db: Database, period: PeriodBounds): Promise<OrganisationUsage[]> {
  const facts = countedFacts(undefined, period);
  const result = await db.execute(sql`
    select o.id, o.name,
      count(distinct f.user_id) filter (where f.kind in ${ACTIVITY_KINDS}) as active_people,
      count(f.id) filter (where f.kind = 'incident_started') as incidents_started,
      count(f.id) filter (where f.kind = 'exercise_started') as exercises_started,
      count(f.id) filter (where f.kind = 'alert_sent') as alerts_sent,
      count(f.id) filter (where f.kind = 'logbook_entry') as logbook_entries
    from organisations o
    left join ${facts} f on f.organisation_id = o.id
    where o.is_operator = false
    group by o.id, o.name
    order by o.name, o.id`);
  return (result as unknown as { rows: Row[] }).rows.map((row) => ({
    organisationId: String(row.id),
    name: String(row.name),
    activePeople: Number(row.active_people ?? 0),
    incidentsStarted: Number(row.incidents_started ?? 0),
    exercisesStarted: Number(row.exercises_started ?? 0),
    alertsSent: Number(row.alerts_sent ?? 0),
    logbookEntries: Number(row.logbook_entries ?? 0),
  }));
}
