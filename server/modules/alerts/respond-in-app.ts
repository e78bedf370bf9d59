import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { type AlertResponse, alertRecipients } from '../../db/schema/alerts.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import type { Clock } from './alert-clock.js';
import { applyResponse } from './apply-response.js';
import { readAlert } from './read-alert.js';

/** A signed-in person answers an alert they received; only for themselves. */
export async function respondInApp(
  db: Database,
  actor: Actor,
  alertId: string,
  answer: { response: AlertResponse; etaMinutes?: number | null },
  clock: Clock,
) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const alert = await readAlert(tx, actor.organisationId, alertId);
    const [recipient] = await tx
      .select({ id: alertRecipients.id, userId: alertRecipients.userId })
      .from(alertRecipients)
      .where(
        and(
          eq(alertRecipients.alertId, alert.id),
          eq(alertRecipients.organisationId, actor.organisationId),
          eq(alertRecipients.userId, actor.userId),
        ),
      );
    if (!recipient) throw new DomainError('not_found', 404);
    if (alert.status === 'cancelled') throw new DomainError('alert_cancelled', 410);
    return applyResponse(tx, alert, recipient, { ...answer, via: 'app', at: clock() });
  });
}
