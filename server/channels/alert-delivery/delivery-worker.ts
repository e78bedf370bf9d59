import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/database.js';
import { type AlertChannel, alerts } from '../../db/schema/alerts.js';
import { executorFor } from '../../db/sql-executor.js';
import type { Logger } from '../../http/logger.js';
import type { Clock } from '../../modules/alerts/alert-clock.js';
import { publishDeliveryChanges } from '../../modules/alerts/alert-events.js';
import { responseToken, responseUrl } from '../../modules/alerts/response-link.js';
import {
  type AlertAddress,
  type AlertChannelSender,
  type AlertMessage,
  type DeliveryReport,
  PermanentDeliveryError,
} from '../alert-channel.js';
import { type ClaimedDelivery, claimDeliveries } from './claim-deliveries.js';
import {
  type ChangedDeliveries,
  type DeliveryOutcome,
  mergeChanges,
  recordOutcomes,
  recordReports,
  releaseDeliveries,
} from './delivery-outcomes.js';

/** Attempts before a delivery that keeps failing is given up (about 5 minutes of retries in all). */
export const MAX_ATTEMPTS = 6;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;
// Outcomes are written together: one statement per this many, or after this long.
const FLUSH_SIZE = 500;
const FLUSH_DELAY_MS = 100;
// A board hears of its changes at most this often: per flush it would ask for the changed
// people's rows several times a second while thousands of messages go out.
const BOARD_DELAY_MS = 500;
const REPORT_RETRIES = 50;
const CLAIM_BATCH = 250;

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
  // Claimed ahead, waiting for a free hand-over: claiming one row per finished hand-over would
  // cost a statement per message, and each claim walks the due rows from the start, so it is done
  // in batches of a few hundred (gone within a second at full speed; their leases are renewed).
  const ready = new Map<AlertChannel, ClaimedDelivery[]>();
  const claimAhead = Math.max(options.concurrency * 2, CLAIM_BATCH);
  const claiming = new Set<AlertChannel>();
  const rerun = new Set<AlertChannel>();
  const exhausted = new Set<AlertChannel>();
  let outcomes: DeliveryOutcome[] = [];
  let reports: { report: DeliveryReport; tries: number }[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();
  let boardChanges: ChangedDeliveries = new Map();
  let boardTimer: NodeJS.Timeout | undefined;
  let publishing: Promise<void> = Promise.resolve();
  let stopped = false;
  const alertRows = new Map<string, typeof alerts.$inferSelect>();
  // Deliveries this worker holds (waiting or being handed over): their leases are renewed while
  // it lives, so only a dead worker's deliveries are ever taken up by another, however slow a
  // hand-over is.
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
      pump(channel);
    }
  }

  /** Starts hand-overs from the claimed ones as far as the concurrency allows, then claims more. */
  function pump(channel: AlertChannel) {
    const waiting = ready.get(channel) ?? [];
    while (!stopped && waiting.length > 0 && (inFlight.get(channel) ?? 0) < options.concurrency) {
      void deliver(waiting.shift() as ClaimedDelivery);
    }
    if (!stopped && !exhausted.has(channel) && waiting.length < options.concurrency) void claim(channel);
  }

  async function claim(channel: AlertChannel): Promise<void> {
    if (claiming.has(channel)) {
      rerun.add(channel);
      return;
    }
    claiming.add(channel);
    try {
      do {
        rerun.delete(channel);
        const waiting = ready.get(channel) ?? [];
        ready.set(channel, waiting);
        const room = claimAhead - waiting.length;
        if (stopped || room < options.concurrency) break;
        const claimed = await claimDeliveries(
          options.handle,
          channel,
          room,
          options.clock(),
          options.leaseMs,
        );
        for (const delivery of claimed) leased.set(delivery.id, delivery.attempts);
        await prepare(channel, claimed);
        waiting.push(...claimed);
        // Fewer than asked: nothing more is due now. A wake-up, a retry's timer or the sweep
        // kicks again; until then a finished hand-over does not ask the database in vain.
        if (claimed.length < room) exhausted.add(channel);
        pump(channel);
      } while (rerun.has(channel) && !stopped && !exhausted.has(channel));
    } catch (error) {
      options.logger.error('alert deliveries could not be claimed', { channel, error });
    } finally {
      claiming.delete(channel);
    }
  }

  /** Lets the channel look up what it needs for the whole batch; without it, each send asks alone. */
  async function prepare(channel: AlertChannel, claimed: readonly ClaimedDelivery[]) {
    const sender = senders.get(channel);
    if (!sender?.prepare || claimed.length === 0) return;
    try {
      await sender.prepare(
        claimed
          .filter((delivery) => !delivery.answered && delivery.reachable && delivery.attempts <= MAX_ATTEMPTS)
          .map(addressOf),
      );
    } catch (error) {
      options.logger.warn('alert channel could not prepare a batch; sending one by one', { channel, error });
    }
  }

  async function deliver(delivery: ClaimedDelivery) {
    inFlight.set(delivery.channel, (inFlight.get(delivery.channel) ?? 0) + 1);
    // The lease is kept until the outcome is written (see flush), not just until the hand-over ends.
    try {
      queueOutcome(await handOver(delivery));
    } finally {
      inFlight.set(delivery.channel, (inFlight.get(delivery.channel) ?? 1) - 1);
      pump(delivery.channel);
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
      const result = await sender.send(messageFor(delivery), addressOf(delivery));
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
      changed = await options.handle.db.transaction((tx) => recordOutcomes(executorFor(tx), batch, now));
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
      mergeChanges(changed, reported.changed);
      mergeChanges(boardChanges, changed);
      if (boardChanges.size > 0) scheduleBoard();
    } catch (error) {
      options.logger.error('alert delivery reports could not be written', { error });
    }
  }

  function scheduleBoard() {
    if (boardTimer) return;
    boardTimer = setTimeout(() => {
      publishing = publishing.then(async () => {
        boardTimer = undefined;
        const changes = boardChanges;
        boardChanges = new Map();
        try {
          await publish(changes);
        } catch (error) {
          options.logger.error('alert boards could not be told of deliveries', { error });
        }
      });
    }, BOARD_DELAY_MS);
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
      await db.transaction((tx) => publishDeliveryChanges(tx, known, [...entry.deliveries.values()]));
    }
    if (alertRows.size > 1000) alertRows.clear();
  }

  function report(deliveryReport: DeliveryReport) {
    reports.push({ report: deliveryReport, tries: 0 });
    scheduleFlush(FLUSH_DELAY_MS);
  }

  const busy = () =>
    claiming.size > 0 ||
    [...ready.values()].some((waiting) => waiting.length > 0) ||
    [...inFlight.values()].some((count) => count > 0) ||
    outcomes.length > 0 ||
    flushTimer !== undefined ||
    boardTimer !== undefined;

  async function idle() {
    for (;;) {
      await flushing;
      await publishing;
      if (!busy() && exhausted.size === senders.size) return;
      await sleep(10);
    }
  }

  async function stop() {
    stopped = true;
    clearInterval(renewal);
    // Claimed but not handed over: due again at once, for the next worker to take without
    // waiting for the lease to run out.
    const deadline = Date.now() + 10_000;
    while (claiming.size > 0 && Date.now() < deadline) await sleep(10);
    const unsent = [...ready.values()].flatMap((waiting) => waiting.splice(0));
    try {
      await releaseDeliveries(options.handle, unsent);
      for (const delivery of unsent) leased.delete(delivery.id);
    } catch (error) {
      options.logger.warn('claimed alert deliveries could not be given back; their leases will run out', {
        count: unsent.length,
        error,
      });
    }
    while ([...inFlight.values()].some((count) => count > 0) && Date.now() < deadline) await sleep(20);
    clearTimeout(flushTimer);
    flushTimer = undefined;
    await flushing;
    await flush();
    clearTimeout(boardTimer);
    boardTimer = undefined;
    await publishing;
    await publish(boardChanges).catch(() => {});
  }

  return { kick, report, idle, stop };
}

function addressOf(delivery: ClaimedDelivery): AlertAddress {
  return { userId: delivery.userId, name: delivery.name, email: delivery.email, phone: delivery.phone };
}
