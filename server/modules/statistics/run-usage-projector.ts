import { and, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { alertDeliveries } from '../../db/schema/alerts.js';
import { type ProjectionRun, projectUsageEvents } from './project-usage-events.js';

/** Whether alert messages are due or being handed over right now. */
async function alertsGoingOut(db: Database, now: Date): Promise<boolean> {
  const [due] = await db
    .select({ id: alertDeliveries.id })
    .from(alertDeliveries)
    .where(and(inArray(alertDeliveries.status, ['queued', 'sending']), lte(alertDeliveries.dueAt, now)))
    .limit(1);
  return due !== undefined;
}

/**
 * The projector's scheduled run, which waits while an alert is going out: statistics are never
 * urgent, and projecting the facts of a large alert (one per person alerted) takes seconds of the
 * same process and database an alert to thousands needs (on PGlite, the only thread). The events
 * wait in the outbox, which keeps a week; the next quiet minute catches up.
 */
export async function runUsageProjector(db: Database, now: Date): Promise<ProjectionRun | 'waited'> {
  if (await alertsGoingOut(db, now)) return 'waited';
  return projectUsageEvents(db);
}
