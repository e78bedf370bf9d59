import webPush from 'web-push';
import type { VapidKeys } from './vapid-keys.js';

/** RFC 8292 allows up to 24 hours; 12 leaves room for clocks that disagree. */
const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
/** Renewed an hour before it runs out, so no request carries a token about to expire in flight. */
const RENEW_BEFORE_SECONDS = 60 * 60;

/**
 * `Authorization: vapid t=…, k=…` headers per push service origin, reused until close to expiry.
 * Signing a fresh token for each message costs about a millisecond of CPU; at 10,000 messages
 * that is ten seconds on the worker for nothing, since the token only names the push service.
 */
export function createVapidAuthorization(vapid: VapidKeys, contact: string) {
  const cache = new Map<string, { header: string; expiresAt: number }>();
  return (endpoint: string): string => {
    const audience = new URL(endpoint).origin;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const cached = cache.get(audience);
    if (cached && cached.expiresAt - RENEW_BEFORE_SECONDS > nowSeconds) return cached.header;
    const expiresAt = nowSeconds + TOKEN_LIFETIME_SECONDS;
    const { Authorization } = webPush.getVapidHeaders(
      audience,
      contact,
      vapid.publicKey,
      vapid.privateKey,
      'aes128gcm',
      expiresAt,
    );
    cache.set(audience, { header: Authorization, expiresAt });
    return Authorization;
  };
}
