import { inArray } from 'drizzle-orm';
import webPush from 'web-push';
import type { Database } from '../../db/database.js';
import { pushSubscriptions } from '../../db/schema/push-subscriptions.js';
import type { Logger } from '../../http/logger.js';
import {
  type AlertAddress,
  type AlertChannelSender,
  type AlertMessage,
  type HandOver,
  PermanentDeliveryError,
} from '../alert-channel.js';
import { buildPushPayload } from './push-payload.js';
import { topicForDelivery } from './push-topic.js';
import { createPushTransport } from './push-transport.js';
import { createVapidAuthorization } from './vapid-authorization.js';
import type { VapidKeys } from './vapid-keys.js';

export interface PushSenderOptions {
  db: Database;
  vapid: VapidKeys;
  /** config.PUSH_CONTACT: who the push services may contact about our messages (VAPID `sub`). */
  contact: string;
  logger?: Pick<Logger, 'warn'>;
  /** How long to wait for a push service's answer before counting it as a failure to retry; 30 s. */
  timeoutMs?: number;
}

interface Device {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

type DeviceOutcome =
  | { kind: 'accepted'; device: Device; location: string | null }
  | { kind: 'gone'; device: Device }
  | { kind: 'retry'; device: Device; reason: string }
  | { kind: 'rejected'; device: Device; reason: string };

/** Crisis alerts are worth showing a day late (someone may still be needed); others lose meaning sooner. */
const TTL_SECONDS = { crisis: 24 * 60 * 60, normal: 4 * 60 * 60 } as const;

/**
 * Web Push (RFC 8030, payload encrypted per RFC 8291, VAPID per RFC 8292) to every device a person
 * subscribed. A device the push service no longer knows (404/410) is removed; the delivery counts
 * as sent when at least one device took it.
 */
export function createPushSender(options: PushSenderOptions): AlertChannelSender {
  const { db, logger } = options;
  const transport = createPushTransport({ timeoutMs: options.timeoutMs ?? 30_000 });
  const authorization = createVapidAuthorization(options.vapid, options.contact);

  async function deliver(device: Device, payload: string, message: AlertMessage): Promise<DeviceOutcome> {
    let body: Buffer;
    try {
      body = webPush.encrypt(device.p256dh, device.auth, payload, 'aes128gcm').cipherText;
    } catch (error) {
      // Keys are checked when a device subscribes; this only catches rows damaged since.
      return { kind: 'rejected', device, reason: `encryption failed: ${(error as Error).message}` };
    }
    const headers = {
      TTL: TTL_SECONDS[message.urgency],
      Urgency: message.urgency === 'crisis' ? 'high' : 'normal',
      Topic: topicForDelivery(message.deliveryId),
      'Content-Type': 'application/octet-stream',
      'Content-Encoding': 'aes128gcm',
      'Content-Length': body.length,
      Authorization: authorization(device.endpoint),
    };
    try {
      const answer = await transport.post(device.endpoint, headers, body);
      if (answer.status >= 200 && answer.status < 300)
        return { kind: 'accepted', device, location: answer.location };
      if (answer.status === 404 || answer.status === 410) return { kind: 'gone', device };
      const reason = `push service answered ${answer.status}`;
      if (answer.status === 429 || answer.status >= 500) return { kind: 'retry', device, reason };
      // 400, 401, 403, 413: the same request would be refused again.
      return { kind: 'rejected', device, reason };
    } catch (error) {
      return { kind: 'retry', device, reason: `push service not reachable: ${(error as Error).message}` };
    }
  }

  // Devices of the people in a claimed batch, looked up in one query (see prepare) and used once:
  // an alert to thousands would otherwise ask the database once per person.
  const prepared = new Map<string, Device[]>();

  async function devicesOf(userIds: readonly string[]): Promise<Map<string, Device[]>> {
    const rows = await db
      .select({
        id: pushSubscriptions.id,
        userId: pushSubscriptions.userId,
        endpoint: pushSubscriptions.endpoint,
        p256dh: pushSubscriptions.p256dh,
        auth: pushSubscriptions.auth,
      })
      .from(pushSubscriptions)
      .where(inArray(pushSubscriptions.userId, [...userIds]));
    const byUser = new Map<string, Device[]>(userIds.map((userId) => [userId, []]));
    for (const { userId, ...device } of rows) byUser.get(userId)?.push(device);
    return byUser;
  }

  // "Last worked" is a date for the person's device list, not a record of each message: written
  // for many devices at once, at most once a second.
  const succeeded = new Set<string>();
  let successTimer: NodeJS.Timeout | undefined;
  let writingSuccess: Promise<void> = Promise.resolve();
  function noteSuccess(deviceIds: readonly string[]) {
    for (const id of deviceIds) succeeded.add(id);
    successTimer ??= setTimeout(() => {
      successTimer = undefined;
      writingSuccess = writingSuccess.then(writeSuccess);
    }, 1_000);
  }
  async function writeSuccess() {
    const ids = [...succeeded];
    succeeded.clear();
    if (ids.length === 0) return;
    try {
      await db
        .update(pushSubscriptions)
        .set({ lastSuccessAt: new Date() })
        .where(inArray(pushSubscriptions.id, ids));
    } catch (error) {
      logger?.warn('push devices could not be marked as working', { count: ids.length, error });
    }
  }

  async function record(outcomes: DeviceOutcome[]) {
    const gone = outcomes.filter((outcome) => outcome.kind === 'gone').map((outcome) => outcome.device.id);
    if (gone.length > 0) await db.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, gone));
    noteSuccess(
      outcomes.filter((outcome) => outcome.kind === 'accepted').map((outcome) => outcome.device.id),
    );
  }

  return {
    channel: 'push',
    async prepare(addresses) {
      const userIds = [...new Set(addresses.map((address) => address.userId))];
      if (userIds.length === 0) return;
      // Entries are used up by send; a batch never sent (the worker stopped) must not pile up.
      if (prepared.size > 10_000) prepared.clear();
      for (const [userId, devices] of await devicesOf(userIds)) prepared.set(userId, devices);
    },
    async send(message: AlertMessage, address: AlertAddress): Promise<HandOver> {
      // Background work, as the connecting user: a worker serves every organisation.
      const devices =
        prepared.get(address.userId) ?? (await devicesOf([address.userId])).get(address.userId) ?? [];
      prepared.delete(address.userId);
      if (devices.length === 0) throw new PermanentDeliveryError('no_push_device');

      const payload = JSON.stringify(buildPushPayload(message));
      const outcomes = await Promise.all(devices.map((device) => deliver(device, payload, message)));
      await record(outcomes);

      for (const outcome of outcomes) {
        if (outcome.kind === 'retry' || outcome.kind === 'rejected')
          logger?.warn('push message not accepted', {
            deliveryId: message.deliveryId,
            subscriptionId: outcome.device.id,
            reason: outcome.reason,
          });
      }
      const firstAccepted = outcomes.find((outcome) => outcome.kind === 'accepted');
      if (firstAccepted) return { status: 'sent', providerMessageId: firstAccepted.location };
      const retryable = outcomes.filter((outcome) => outcome.kind === 'retry');
      if (retryable.length > 0)
        throw new Error(
          `no device accepted the push message: ${retryable.map((outcome) => outcome.reason).join('; ')}`,
        );
      if (outcomes.some((outcome) => outcome.kind === 'rejected'))
        throw new PermanentDeliveryError('push_rejected');
      throw new PermanentDeliveryError('no_push_device');
    },
    async close() {
      clearTimeout(successTimer);
      successTimer = undefined;
      await writingSuccess;
      await writeSuccess();
      transport.close();
    },
  };
}
