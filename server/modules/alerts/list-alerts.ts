import { and, desc, eq, gte } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { alertRecipients, alerts } from '../../db/schema/alerts.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { readableIncident } from '../incidents/incident-access.js';
import { readableAlert } from './alert-access.js';
import type { Clock } from './alert-clock.js';
import { alertRows, alertSummaries, alertView } from './alert-views.js';

/** An incident's alerts (for whoever may see the incident), or all of the organisation's (admins). */
export async function listAlerts(db: Database, actor: Actor, incidentId: string | undefined) {
  return inTenant(db, actor.organisationId, async (tx) => {
    if (incidentId) await readableIncident(tx, actor, incidentId);
    else if (actor.role !== 'admin') throw new DomainError('forbidden', 403);
    return alertSummaries(
      tx,
      actor.organisationId,
      await alertRows(tx, actor.organisationId, incidentId ?? null),
    );
  });
}

/** The response board of one alert. */
export async function getAlert(db: Database, actor: Actor, alertId: string) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const { alert } = await readableAlert(tx, actor, alertId);
    return alertView(tx, actor.organisationId, alert);
  });
}

const RECENT_MS = 24 * 3_600_000;

/** The person's own active alerts of the last day, newest first: what the in-app banner shows. */
export async function listMyAlerts(db: Database, actor: Actor, clock: Clock) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const rows = await tx
      .select({ alert: alerts, recipient: alertRecipients })
      .from(alertRecipients)
      .innerJoin(alerts, eq(alerts.id, alertRecipients.alertId))
      .where(
        and(
          eq(alertRecipients.organisationId, actor.organisationId),
          eq(alertRecipients.userId, actor.userId),
          eq(alerts.status, 'active'),
          gte(alerts.createdAt, new Date(clock().getTime() - RECENT_MS)),
        ),
      )
      .orderBy(desc(alerts.createdAt))
      .limit(20);
    return rows.map(({ alert, recipient }) => ({
      alertId: alert.id,
      incidentId: alert.incidentId,
      title: alert.title,
      body: alert.body,
      location: alert.location,
      isExercise: alert.isExercise,
      urgency: alert.urgency,
      createdAt: alert.createdAt.toISOString(),
      status: alert.status,
      response: recipient.response,
      etaMinutes: recipient.etaMinutes,
    }));
  });
}
