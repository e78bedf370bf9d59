import { createRoute, z } from '@hono/zod-openapi';
import { loadVapidKeys, type VapidKeys } from '../../channels/push/vapid-keys.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { describeUserAgent } from '../../modules/accounts/describe-user-agent.js';
import { listPushDevices } from '../../modules/push-subscriptions/list-push-devices.js';
import type { PushDevice } from '../../modules/push-subscriptions/push-device-view.js';
import { removePushDevice } from '../../modules/push-subscriptions/remove-push-device.js';
import { subscribePushDevice } from '../../modules/push-subscriptions/subscribe-push-device.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZPushDevice, ZPushDeviceQuery, ZPushPublicKey, ZPushSubscriptionBody } from './push.schemas.js';

const publicKey = createRoute({
  method: 'get',
  path: '/api/push/public-key',
  tags: ['Push'],
  summary: 'The VAPID public key to subscribe a device with (applicationServerKey)',
  responses: {
    200: { description: 'The key', content: jsonContent(ZPushPublicKey) },
    401: COMMON_ERRORS[401],
  },
});

const listDevices = createRoute({
  method: 'get',
  path: '/api/me/push-subscriptions',
  tags: ['Push'],
  summary: 'Your devices that receive alerts as push notifications',
  request: { query: ZPushDeviceQuery },
  responses: {
    200: { description: 'Your devices, newest first', content: jsonContent(z.array(ZPushDevice)) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
  },
});

const subscribeDevice = createRoute({
  method: 'post',
  path: '/api/me/push-subscriptions',
  tags: ['Push'],
  summary: "Receive alerts on this device: send the browser's PushSubscription (again after it changed)",
  request: { body: { required: true, content: jsonContent(ZPushSubscriptionBody) } },
  responses: {
    201: {
      description: 'Subscribed (new, or renewed for the same endpoint)',
      content: jsonContent(ZPushDevice),
    },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    409: { ...COMMON_ERRORS[400], description: 'Too many devices, or subscribed by someone else meanwhile' },
  },
});

const removeDevice = createRoute({
  method: 'delete',
  path: '/api/me/push-subscriptions/{id}',
  tags: ['Push'],
  summary: 'Stop alerts on one of your devices',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Removed' }, 401: COMMON_ERRORS[401], 404: COMMON_ERRORS[404] },
});

const present = (device: PushDevice) => ({
  ...device,
  createdAt: device.createdAt.toISOString(),
  lastSuccessAt: device.lastSuccessAt?.toISOString() ?? null,
});

/** "Chrome 126 · Android 14": enough for a person to tell their devices apart. */
function deviceLabelOf(userAgent: string | undefined): string {
  const { browser, operatingSystem } = describeUserAgent(userAgent);
  return [browser, operatingSystem].filter((part) => part !== 'unknown').join(' · ');
}

export function pushRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  // Made or read once per process; a failed attempt is tried again by the next request.
  let vapidKeys: Promise<VapidKeys> | undefined;
  const keys = () => {
    vapidKeys ??= loadVapidKeys(db, deps.secretKey).catch((error: unknown) => {
      vapidKeys = undefined;
      throw error;
    });
    return vapidKeys;
  };

  return createRouter()
    .openapi(publicKey, async (c) => {
      requireActor(c);
      return c.json({ publicKey: (await keys()).publicKey }, 200);
    })
    .openapi(listDevices, async (c) => {
      const { endpoint } = c.req.valid('query');
      const devices = await listPushDevices(db, requireActor(c), endpoint);
      return c.json(devices.map(present), 200);
    })
    .openapi(subscribeDevice, async (c) => {
      const actor = requireActor(c);
      const { endpoint, keys: deviceKeys } = c.req.valid('json');
      const device = await subscribePushDevice(
        db,
        actor,
        {
          endpoint,
          p256dh: deviceKeys.p256dh,
          auth: deviceKeys.auth,
          deviceLabel: deviceLabelOf(c.req.header('user-agent')),
        },
        c.get('clientIp'),
      );
      return c.json(present(device), 201);
    })
    .openapi(removeDevice, async (c) => {
      await removePushDevice(db, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
