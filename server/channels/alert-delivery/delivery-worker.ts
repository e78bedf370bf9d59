import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/database.js';
import { type AlertChannel, alerts } from '../../db/schema/alerts.js';
import type { Logger } from '../../http/logger.js';
import type { Clock } from '../../modules/alerts/alert-clock.js';
import { publishRecipients } from '../../modules/alerts/alert-events.js';
import { recipientViews } from '../../modules/alerts/alert-views.js';
import { responseToken, responseUrl } from '../../modules/alerts/response-link.js';
import {
  type AlertChannelSender,
  type AlertMessage,
  type DeliveryReport,
  PermanentDeliveryError,
} from '../alert-channel.js';
import { type ClaimedDelivery, claimDeliveries } from './claim-deliveries.js';
import {
  type ChangedDeliveries,
  type DeliveryOutcome,
  recordOutcomes,
  recordReports,
} from './delivery-outcomes.js';

/** Attempts before a delivery that keeps failing is given up (about 5 minutes of retries in all). */
export const MAX_ATTEMPTS = 6;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;
// Outcomes are written together: one statement per this many, or after this long.
const FLUSH_SIZE = 200;
const FLUSH_DELAY_MS = 20;
const REPORT_RETRIES = 50;

export interface AlertDeliveryOptions {
  handle: DatabaseHandle;
  senders: readonly AlertChannelSender[];
  secretKey: Buffer;
  /** Read at send time: the web role learns its own address only once its port is bound. */
  publicUrl: () => string;
  clock: Clock;
  /** Hand-overs in flight per channel. */
  concurrency: number;
  leaseMs: number;
  logger: Pick<Logger, 'warn' | 'error'>;
}

export interface AlertDelivery {
  /** New work may be due (a wake-up notification, a sweep): take it. */
  kick(): void;
  /** A channel reported on a message it accepted earlier. */
  report(report: DeliveryReport): void;
  /** Resolves once nothing is in flight, nothing is due and every outcome is written. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** How long before the next try after a failed one: 5 s, 10 s, 20 s … up to 5 minutes. */
export const retryDelayMs = (attempts: number) =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);

/**
 * The delivery worker: per channel it claims due deliveries as far as its concurrency allows,
 * hands them over in parallel and writes the outcomes in batches. A claimed delivery is
 * `sending` with a lease before it is handed over, renewed while the hand-over lasts; a crash
 * leaves it so, and when the lease runs out it is taken up again. That is the one case a message can go out twice (the channel accepted
 * it but the outcome was not yet written); nothing that is recorded as handed over is sent again,
 * and nothing is lost.
 */
export function startAlertDelivery(options: AlertDeliveryOptions): AlertDelivery {
  const senders = new Map(options.senders.map((sender) => [sender.channel, sender]));
  const inFlight = new Map<AlertChannel, number>();
  const pumping = new Set<AlertChannel>();
  const rerun = new Set<AlertChannel>();
  const exhausted = new Set<AlertChannel>();
  let outcomes: DeliveryOutcome[] = [];
  let reports: { report: DeliveryReport; tries: number }[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();
  let stopped = false;
  const alertRows = new Map<string, typeof alerts.$inferSelect>();
  // Deliveries this worker is handing over: their leases are renewed while it lives, so only a
  // dead worker's deliveries are ever taken up by another, however slow a hand-over is.
  const leased = new Map<string, number>();
  const renewal = setInterval(() => void renewLeases(), Math.max(100, Math.floor(options.leaseMs / 3)));
  renewal.unref();

  async function renewLeases() {
    if (leased.size === 0) return;
    try {
      await options.handle.executeSql(
        `update alert_deliveries d set lease_until = $3
         from unnest($1::uuid[], $2::int[]) as v(id, attempts)
         where d.id = v.id and d.attempts = v.attempts and d.status = 'sending'`,
        [
          [...leased.keys()],
          [...leased.values()],
          new Date(options.clock().getTime() + options.leaseMs).toISOString(),
        ],
      );
    } catch (error) {
      options.logger.warn('alert delivery leases could not be renewed', { count: leased.size, error });
    }
  }

  function kick() {
    if (stopped) return;
    for (const channel of senders.keys()) {
      exhausted.delete(channel);
      void pump(channel);
    }
  }

  async function pump(channel: AlertChannel): Promise<void> {
    if (pumping.has(channel)) {
      rerun.add(channel);
      return;
    }
    pumping.add(channel);
    try {
      do {
        rerun.delete(channel);
        while (!stopped) {
          const room = options.concurrency - (inFlight.get(channel) ?? 0);
          if (room <= 0) break;
          const claimed = await claimDeliveries(
            options.handle,
            channel,
            room,
            options.clock(),
            options.leaseMs,
          );
          if (claimed.length === 0) {
            exhausted.add(channel);
            break;
          }
          for (const delivery of claimed) void deliver(delivery);
        }
      } while (rerun.has(channel) && !stopped);
    } catch (error) {
      options.logger.error('alert deliveries could not be claimed', { channel, error });
    } finally {
      pumping.delete(channel);
    }
  }

  async function deliver(delivery: ClaimedDelivery) {
    inFlight.set(delivery.channel, (inFlight.get(delivery.channel) ?? 0) + 1);
    // The lease is kept until the outcome is written (see flush), not just until the hand-over ends.
    leased.set(delivery.id, delivery.attempts);
    try {
      queueOutcome(await handOver(delivery));
    } finally {
      inFlight.set(delivery.channel, (inFlight.get(delivery.channel) ?? 1) - 1);
      void pump(delivery.channel);
    }
  }

  async function handOver(claimed: ClaimedDelivery): Promise<DeliveryOutcome> {
    const outcome = await attemptHandOver(claimed);
    return { ...outcome, attempts: claimed.attempts };
  }

  async function attemptHandOver(delivery: ClaimedDelivery): Promise<Omit<DeliveryOutcome, 'attempts'>> {
    if (delivery.answered) return { id: delivery.id, status: 'cancelled', reason: 'answered' };
    if (!delivery.reachable) return { id: delivery.id, status: 'cancelled', reason: 'not_reachable' };
    // A message that took its worker down each time (taken up again after every lease) stops here.
    if (delivery.attempts > MAX_ATTEMPTS)
      return { id: delivery.id, status: 'failed', reason: 'too_many_attempts' };
    const sender = senders.get(delivery.channel);
    if (!sender) return { id: delivery.id, status: 'failed', reason: `${delivery.channel}_not_configured` };
    try {
      const result = await sender.send(messageFor(delivery), {
        userId: delivery.userId,
        name: delivery.name,
        email: delivery.email,
        phone: delivery.phone,
      });
      return { id: delivery.id, status: result.status, providerMessageId: result.providerMessageId ?? null };
    } catch (error) {
      if (error instanceof PermanentDeliveryError)
        return { id: delivery.id, status: 'failed', reason: error.reason };
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (delivery.attempts >= MAX_ATTEMPTS) return { id: delivery.id, status: 'failed', reason };
      options.logger.warn('alert delivery failed, will retry', {
        channel: delivery.channel,
        deliveryId: delivery.id,
        reason,
      });
      const retryAt = new Date(options.clock().getTime() + retryDelayMs(delivery.attempts));
      return { id: delivery.id, status: 'queued', reason, retryAt };
    }
  }

  function messageFor(delivery: ClaimedDelivery): AlertMessage {
    const token = responseToken(options.secretKey, delivery.recipientId, delivery.alertId);
    return {
      deliveryId: delivery.id,
      alertId: delivery.alertId,
      language: delivery.language,
      organisationName: delivery.organisationName,
      title: delivery.title,
      body: delivery.body,
      location: delivery.location,
      urgency: delivery.urgency,
      isExercise: delivery.isExercise,
      responseUrl: responseUrl(options.publicUrl(), token),
      responseToken: token,
    };
  }

  function queueOutcome(outcome: DeliveryOutcome) {
    outcomes.push(outcome);
    scheduleFlush(outcomes.length >= FLUSH_SIZE ? 0 : FLUSH_DELAY_MS);
  }

  function scheduleFlush(delay: number) {
    if (flushTimer && delay > 0) return;
    clearTimeout(flushTimer);
    flushTimer = setTimeout(() => {
      flushTimer = undefined;
      flushing = flushing.then(flush);
    }, delay);
  }

  async function flush() {
    const batch = outcomes;
    outcomes = [];
    const pendingReports = reports;
    reports = [];
    const now = options.clock();
    let changed: ChangedDeliveries;
    try {
      changed = await recordOutcomes(options.handle, batch, now);
      for (const outcome of batch) if (leased.get(outcome.id) === outcome.attempts) leased.delete(outcome.id);
    } catch (error) {
      // Kept, with their leases, and written again shortly: dropping them would send them twice.
      options.logger.error('alert delivery outcomes could not be written; trying again', {
        count: batch.length,
        error,
      });
      outcomes = [...batch, ...outcomes];
      reports = [...pendingReports, ...reports];
      if (!stopped) scheduleFlush(1_000);
      return;
    }
    try {
      // A retry may be due before the next sweep (short delays in tests): look again then.
      if (batch.some((outcome) => outcome.status === 'queued')) setTimeout(kick, FIRST_RETRY_MS).unref();
      const reported = await recordReports(
        options.handle,
        pendingReports.map((entry) => entry.report),
        now,
      );
      for (const report of reported.unmatched) {
        const tries = (pendingReports.find((entry) => entry.report === report)?.tries ?? 0) + 1;
        if (tries < REPORT_RETRIES) reports.push({ report, tries });
      }
      if (reports.length > 0) scheduleFlush(200);
      merge(changed, reported.changed);
      await publish(changed);
    } catch (error) {
      options.logger.error('alert delivery reports or board updates could not be written', { error });
    }
  }

  async function publish(changed: ChangedDeliveries) {
    for (const [alertId, entry] of changed) {
      const db = options.handle.db;
      let alert = alertRows.get(alertId);
      if (!alert) {
        [alert] = await db.select().from(alerts).where(eq(alerts.id, alertId));
        if (!alert) continue;
        alertRows.set(alertId, alert);
      }
      const known = alert;
      await db.transaction(async (tx) =>
        publishRecipients(
          tx,
          known,
          await recipientViews(tx, entry.organisationId, alertId, [...entry.recipientIds]),
          null,
        ),
      );
    }
    if (alertRows.size > 1000) alertRows.clear();
  }

  function report(deliveryReport: DeliveryReport) {
    reports.push({ report: deliveryReport, tries: 0 });
    scheduleFlush(FLUSH_DELAY_MS);
  }

  const busy = () =>
    pumping.size > 0 ||
    [...inFlight.values()].some((count) => count > 0) ||
    outcomes.length > 0 ||
    flushTimer !== undefined;

  async function idle() {
    for (;;) {
      await flushing;
      if (!busy() && exhausted.size === senders.size) return;
      await sleep(10);
    }
  }

  async function stop() {
    stopped = true;
    clearInterval(renewal);
    const deadline = Date.now() + 10_000;
    while ([...inFlight.values()].some((count) => count > 0) && Date.now() < deadline) await sleep(20);
    clearTimeout(flushTimer);
    flushTimer = undefined;
    await flushing;
    await flush();
  }

  return { kick, report, idle, stop };
}

function merge(into: ChangedDeliveries, from: ChangedDeliveries) {
  for (const [alertId, entry] of from) {
    const existing = into.get(alertId);
    if (!existing) into.set(alertId, entry);
    else for (const id of entry.recipientIds) existing.recipientIds.add(id);
  }
}
