import { and, eq, inArray } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/database.js';
import { alertDeliveries, alerts } from '../../db/schema/alerts.js';
import { publishDeliveryChanges } from '../../modules/alerts/alert-events.js';
import type { DeliveryReport } from '../alert-channel.js';
import { deliveryIdOfReference } from '../sms/cm-status-report.js';
import { recordReports } from './delivery-outcomes.js';

export interface GatewayReportsOutcome {
  /** Reports that changed a delivery (now delivered or failed). */
  recorded: number;
  /** Reports about a message whose hand-over is not written yet: the gateway should send them again. */
  notYet: number;
  /** Reports about nothing Baken knows (an erased alert, another system's reference): dropped. */
  ignored: number;
}

/**
 * Delivery reports that an SMS gateway posts to Baken (CM's status report webhook). They arrive
 * at a web instance, which may not run the delivery worker, so they are written here and the
 * boards told at once. A report can come before the worker has written the hand-over (within a
 * fraction of a second); those are counted as `notYet`, so the webhook asks the gateway to retry.
 */
export async function recordGatewayReports(
  handle: DatabaseHandle,
  reports: readonly DeliveryReport[],
  now: Date,
): Promise<GatewayReportsOutcome> {
  const { changed, unmatched } = await recordReports(handle, reports, now);
  let recorded = 0;
  for (const [alertId, entry] of changed) {
    recorded += entry.deliveries.size;
    const [alert] = await handle.db.select().from(alerts).where(eq(alerts.id, alertId));
    if (alert)
      await handle.db.transaction((tx) => publishDeliveryChanges(tx, alert, [...entry.deliveries.values()]));
  }
  const waiting = unmatched.flatMap((report) => deliveryIdOfReference(report.providerMessageId) ?? []);
  const inFlight =
    waiting.length === 0
      ? []
      : await handle.db
          .select({ id: alertDeliveries.id })
          .from(alertDeliveries)
          .where(
            and(
              inArray(alertDeliveries.id, waiting),
              eq(alertDeliveries.channel, 'sms'),
              inArray(alertDeliveries.status, ['queued', 'sending']),
            ),
          );
  return { recorded, notYet: inFlight.length, ignored: unmatched.length - inFlight.length };
}
