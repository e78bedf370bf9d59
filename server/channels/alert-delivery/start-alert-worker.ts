import type { Config } from '../../config/config.js';
import type { DatabaseHandle } from '../../db/database.js';
import type { Logger } from '../../http/logger.js';
import { type Clock, systemClock } from '../../modules/alerts/alert-clock.js';
import { ALERT_WAKE_CHANNEL } from '../../modules/alerts/alert-wake.js';
import { escalateAlerts } from '../../modules/alerts/escalate-alerts.js';
import type { AlertChannelSender, DeliveryReport } from '../alert-channel.js';
import { createMailTransport } from '../email/mail-transport.js';
import { createPushSender } from '../push/push-sender.js';
import { loadVapidKeys } from '../push/vapid-keys.js';
import { createSmsSender } from '../sms/create-sms-sender.js';
import { type AlertDelivery, startAlertDelivery } from './delivery-worker.js';
import { createEmailAlertSender } from './email-alert-sender.js';

export interface AlertWorkerOptions {
  handle: DatabaseHandle;
  config: Config;
  secretKey: Buffer;
  publicUrl: () => string;
  logger: Logger;
  /** Tests move time themselves; everything else uses the system clock. */
  clock?: Clock;
  /** Channels to use instead of the configured ones (tests, benchmarks). */
  senders?: readonly AlertChannelSender[];
}

export interface AlertWorker {
  delivery: AlertDelivery;
  /** One escalation round now, then a look for due work (the timer does this every ALERT_SWEEP_MS). */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The worker role's alerting: the channels from the configuration, the delivery worker, a
 * wake-up on every committed alert, and the periodic sweep that escalates, retries and takes up
 * deliveries whose worker died.
 */
export async function startAlertWorker(options: AlertWorkerOptions): Promise<AlertWorker> {
  const { handle, config, logger } = options;
  const clock = options.clock ?? systemClock;
  let delivery: AlertDelivery | undefined;
  const onReport = (report: DeliveryReport) => delivery?.report(report);
  const senders = options.senders ?? [
    createPushSender({
      db: handle.db,
      vapid: await loadVapidKeys(handle.db, options.secretKey),
      contact: config.PUSH_CONTACT,
      logger,
    }),
    createEmailAlertSender(createMailTransport(config, { connections: config.ALERT_DELIVERY_CONCURRENCY })),
    createSmsSender(config, onReport, logger),
  ];
  const started = startAlertDelivery({
    handle,
    senders,
    secretKey: options.secretKey,
    publicUrl: options.publicUrl,
    clock,
    concurrency: config.ALERT_DELIVERY_CONCURRENCY,
    leaseMs: config.ALERT_DELIVERY_LEASE_MS,
    logger,
  });
  delivery = started;
  const unlisten = await handle.listen(ALERT_WAKE_CHANNEL, () => started.kick());

  let sweeping: Promise<void> | undefined;
  const sweep = () => {
    sweeping ??= (async () => {
      try {
        await escalateAlerts(handle.db, clock());
      } catch (error) {
        logger.error('alert escalation failed', { error });
      } finally {
        sweeping = undefined;
      }
      started.kick();
    })();
    return sweeping;
  };
  const timer = setInterval(() => void sweep(), config.ALERT_SWEEP_MS);
  timer.unref();
  started.kick();

  return {
    delivery: started,
    sweep,
    async stop() {
      clearInterval(timer);
      await sweeping;
      await unlisten().catch(() => {});
      await started.stop();
      for (const sender of senders) await sender.close?.().catch(() => {});
    },
  };
}
