import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { alertDeliveries, alertRecipients, alerts } from '../../db/schema/alerts.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { canCancelAlert } from '../../policies/alerts.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { readableAlert } from './alert-access.js';
import type { Clock } from './alert-clock.js';
import { announceToRecipients, publishAlertSummary } from './alert-events.js';
import { alertSummaries, alertView } from './alert-views.js';

/**
 * Calls an alert off (sent by mistake, or the situation is over): messages not yet handed over
 * are not sent, escalation stops, and response links say so. Messages already on their way
 * cannot be taken back.
 */
export async function cancelAlert(
  db: Database,
  actor: Actor,
  alertId: string,
  clock: Clock,
  ipAddress: string,
) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const { alert } = await readableAlert(tx, actor, alertId);
    if (!canCancelAlert(actor, alert)) throw new DomainError('forbidden', 403);
    if (alert.status === 'cancelled') return alertView(tx, actor.organisationId, alert);
    const [cancelled] = await tx
      .update(alerts)
      .set({ status: 'cancelled', cancelledAt: clock(), cancelledBy: actor.userId })
      .where(and(eq(alerts.id, alert.id), eq(alerts.status, 'active')))
      .returning();
    if (!cancelled) return alertView(tx, actor.organisationId, alert);
    await tx
      .update(alertDeliveries)
      .set({ status: 'cancelled', failureReason: 'alert_cancelled', leaseUntil: null })
      .where(and(eq(alertDeliveries.alertId, alert.id), eq(alertDeliveries.status, 'queued')));
    const recipients = await tx
      .update(alertRecipients)
      .set({ nextEscalationAt: null })
      .where(eq(alertRecipients.alertId, alert.id))
      .returning({ userId: alertRecipients.userId });
    await announceToRecipients(
      tx,
      actor.organisationId,
      alert.id,
      recipients.map((row) => row.userId),
      'alert.withdrawn',
    );
    const [summary] = await alertSummaries(tx, actor.organisationId, [cancelled]);
    if (summary) await publishAlertSummary(tx, cancelled, summary, 'alert.changed', actor.userId);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'alert.cancelled',
      targetType: 'alert',
      targetId: alert.id,
      ipAddress,
      details: alert.incidentId ? { incidentId: alert.incidentId } : {},
    });
    return alertView(tx, actor.organisationId, cancelled);
  });
}
