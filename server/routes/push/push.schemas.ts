import { createECDH } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from '@hono/zod-openapi';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const decoded = (text: string) => (BASE64URL.test(text) ? Buffer.from(text, 'base64url') : Buffer.alloc(0));

// Only to test that a browser's key is a point on the curve: computing a secret with it fails otherwise.
const curveCheck = createECDH('prime256v1');
curveCheck.generateKeys();

/** A P-256 public key as browsers give it: 65 bytes, uncompressed (0x04, x, y), on the curve. */
function isP256PublicKey(text: string): boolean {
  const point = decoded(text);
  if (point.length !== 65 || point[0] !== 0x04) return false;
  try {
    curveCheck.computeSecret(point);
    return true;
  } catch {
    return false;
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Baken POSTs to whatever endpoint is stored, so an endpoint is a place a member could point our
 * worker at. Real push services are HTTPS hosts with a name; plain HTTP to this machine is only
 * for the local push service of tests and development, never in production.
 */
function isPushServiceUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:')
    return !isIP(url.hostname.replace(/^\[|\]$/g, '')) && !LOOPBACK_HOSTS.has(url.hostname);
  return (
    url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && process.env.NODE_ENV !== 'production'
  );
}

/** `PushSubscription.toJSON()` of a browser, as the page sends it. */
export const ZPushSubscriptionBody = z
  .object({
    endpoint: z
      .string()
      .max(2048)
      .refine(isPushServiceUrl, 'field_push_endpoint')
      .openapi({ example: 'https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91b…' }),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      p256dh: z
        .string()
        .max(100)
        .refine(isP256PublicKey, 'field_push_p256dh')
        .openapi({ description: 'The device public key: an uncompressed P-256 point, base64url (65 bytes)' }),
      auth: z
        .string()
        .max(40)
        .refine((text) => decoded(text).length === 16, 'field_push_auth')
        .openapi({ description: 'The authentication secret, base64url (16 bytes)' }),
    }),
  })
  .openapi('PushSubscriptionBody');

export type PushSubscriptionBody = z.infer<typeof ZPushSubscriptionBody>;

/** A subscribed device as its owner sees it; the endpoint and keys never leave the server again. */
export const ZPushDevice = z
  .object({
    id: z.uuid(),
    deviceLabel: z.string().openapi({ example: 'Chrome 126 · Android 14' }),
    createdAt: z.iso.datetime(),
    lastSuccessAt: z.iso.datetime().nullable(),
  })
  .openapi('PushDevice');

export const ZPushDeviceQuery = z.object({
  endpoint: z.string().max(2048).optional().openapi({
    description: "Only the device with this endpoint (a page asking whether it is this person's device)",
  }),
});

export const ZPushPublicKey = z
  .object({
    publicKey: z.string().openapi({ description: 'VAPID public key, base64url: the applicationServerKey' }),
  })
  .openapi('PushPublicKey');
