import type { DatabaseHandle } from '../../db/database.js';
import type { AlertChannel, DeliveryStatus } from '../../db/schema/alerts.js';
import type { SqlExecutor } from '../../jobs/job-queue.js';
import type { DeliveryChange } from '../../modules/alerts/alert-views.js';
import type { DeliveryReport } from '../alert-channel.js';

/** What became of one claimed delivery. */
export interface DeliveryOutcome {
  id: string;
  /** The claim it belongs to: a stale worker's outcome must not overwrite a newer claim's. */
  attempts: number;
  status: 'sent' | 'delivered' | 'failed' | 'queued' | 'cancelled';
  providerMessageId?: string | null;
  reason?: string | null;
  /** For a retry (`queued`): not before this moment. */
  retryAt?: Date;
}

/** The deliveries whose rows changed, per alert and by delivery id, as the boards are told of them. */
export type ChangedDeliveries = Map<
  string,
  { organisationId: string; deliveries: Map<string, DeliveryChange> }
>;

// What RETURNING gives for a board: the channel's row as GET /api/alerts/{id} shows it.
const CHANGE_COLUMNS = `d.id, d.alert_id, d.organisation_id, d.recipient_id, d.channel, d.status, d.attempts,
  d.failure_reason, d.queued_at, d.sent_at, d.delivered_at, d.failed_at`;

/**
 * Writes many outcomes in one statement. Only rows still `sending` under the same claim (attempt)
 * change: if a lease ran out and another worker took the delivery over, the stale worker's outcome
 * is dropped and the newer claim's stands. A person whose channel failed for good and who has
 * not answered is escalated at the next sweep, not after the alert's minutes: waiting on a channel
 * that cannot work would only delay the next one. Run it in a transaction (both statements or
 * neither): a batch written again after a failure matches no row the second time.
 */
export async function recordOutcomes(
  handle: SqlExecutor,
  outcomes: readonly DeliveryOutcome[],
  now: Date,
): Promise<ChangedDeliveries> {
  const changed: ChangedDeliveries = new Map();
  if (outcomes.length === 0) return changed;
  const { rows } = await handle.executeSql(
    `update alert_deliveries d set
       status = v.status,
       provider_message_id = coalesce(v.provider_message_id, d.provider_message_id),
       failure_reason = v.reason,
       sent_at = case when v.status in ('sent', 'delivered') then $6::timestamptz else d.sent_at end,
       delivered_at = case when v.status = 'delivered' then $6::timestamptz else d.delivered_at end,
       failed_at = case when v.status = 'failed' then $6::timestamptz else d.failed_at end,
       due_at = coalesce(v.retry_at, d.due_at),
       lease_until = null
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $7::int[])
       as v(id, status, provider_message_id, reason, retry_at, attempts)
     where d.id = v.id and d.status = 'sending' and d.attempts = v.attempts
     returning ${CHANGE_COLUMNS}`,
    [
      outcomes.map((outcome) => outcome.id),
      outcomes.map((outcome) => outcome.status),
      outcomes.map((outcome) => outcome.providerMessageId ?? null),
      outcomes.map((outcome) => outcome.reason ?? null),
      outcomes.map((outcome) => outcome.retryAt?.toISOString() ?? null),
      now.toISOString(),
      outcomes.map((outcome) => outcome.attempts),
    ],
  );
  collect(changed, rows);
  const failed = [
    ...new Set(rows.filter((row) => row.status === 'failed').map((row) => String(row.recipient_id))),
  ];
  if (failed.length > 0)
    await handle.executeSql(
      `update alert_recipients r set next_escalation_at = $2
       where r.id = any($1::uuid[]) and r.response is null
         and r.channels_used < jsonb_array_length(r.channel_plan)
         and not exists (select 1 from alert_deliveries d
                         where d.recipient_id = r.id and d.status in ('queued', 'sending', 'sent', 'delivered'))`,
      [failed, now.toISOString()],
    );
  return changed;
}

/**
 * Gives back deliveries a stopping worker claimed but never handed over: due again at once, and
 * the attempt it counted is taken back, since nothing was tried.
 */
export async function releaseDeliveries(
  handle: DatabaseHandle,
  released: readonly { id: string; attempts: number }[],
): Promise<void> {
  if (released.length === 0) return;
  await handle.executeSql(
    `update alert_deliveries d set status = 'queued', attempts = d.attempts - 1, lease_until = null
     from unnest($1::uuid[], $2::int[]) as v(id, attempts)
     where d.id = v.id and d.status = 'sending' and d.attempts = v.attempts`,
    [released.map((delivery) => delivery.id), released.map((delivery) => delivery.attempts)],
  );
}

/**
 * Applies delivery reports (SMPP receipts) to the deliveries they name. A report can arrive
 * before the hand-over's outcome is written; those are returned, to be tried again.
 */
export async function recordReports(
  handle: DatabaseHandle,
  reports: readonly DeliveryReport[],
  now: Date,
): Promise<{ changed: ChangedDeliveries; unmatched: DeliveryReport[] }> {
  const changed: ChangedDeliveries = new Map();
  if (reports.length === 0) return { changed, unmatched: [] };
  const { rows } = await handle.executeSql(
    `update alert_deliveries d set
       status = v.status,
       delivered_at = case when v.status = 'delivered' then $4::timestamptz else d.delivered_at end,
       failed_at = case when v.status = 'failed' then $4::timestamptz else d.failed_at end,
       failure_reason = case when v.status = 'failed' then v.reason else d.failure_reason end
     from unnest($1::text[], $2::text[], $3::text[]) as v(provider_message_id, status, reason)
     where d.provider_message_id = v.provider_message_id and d.channel = 'sms' and d.status in ('sent', 'delivered', 'failed')
     returning ${CHANGE_COLUMNS}, d.provider_message_id`,
    [
      reports.map((report) => report.providerMessageId),
      reports.map((report) => report.status),
      reports.map((report) => report.reason ?? null),
      now.toISOString(),
    ],
  );
  collect(changed, rows);
  const matched = new Set(rows.map((row) => String(row.provider_message_id)));
  return { changed, unmatched: reports.filter((report) => !matched.has(report.providerMessageId)) };
}

const isoOrNull = (value: unknown) => (value ? new Date(value as string | Date).toISOString() : null);

function collect(changed: ChangedDeliveries, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const alertId = String(row.alert_id);
    const entry = changed.get(alertId) ?? {
      organisationId: String(row.organisation_id),
      deliveries: new Map(),
    };
    entry.deliveries.set(String(row.id), {
      recipientId: String(row.recipient_id),
      channel: row.channel as AlertChannel,
      status: row.status as DeliveryStatus,
      attempts: Number(row.attempts),
      failureReason: row.failure_reason === null ? null : String(row.failure_reason),
      queuedAt: isoOrNull(row.queued_at) ?? '',
      sentAt: isoOrNull(row.sent_at),
      deliveredAt: isoOrNull(row.delivered_at),
      failedAt: isoOrNull(row.failed_at),
    });
    changed.set(alertId, entry);
  }
}

/** Adds `from` to `into`; a delivery's later change replaces its earlier one. */
export function mergeChanges(into: ChangedDeliveries, from: ChangedDeliveries) {
  for (const [alertId, entry] of from) {
    const existing = into.get(alertId);
    if (!existing) into.set(alertId, entry);
    else for (const [id, change] of entry.deliveries) existing.deliveries.set(id, change);
  }
}
