import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The RFC 8030 §5.4 Topic of a delivery: at most 32 base64url characters. A push service that
 * still holds an undelivered message with the same topic replaces it, so a retry of one delivery
 * never shows twice on a phone that was offline. A UUID fits as its 16 bytes (22 characters).
 */
export function topicForDelivery(deliveryId: string): string {
  if (UUID.test(deliveryId)) return Buffer.from(deliveryId.replaceAll('-', ''), 'hex').toString('base64url');
  return createHash('sha256').update(deliveryId).digest('base64url').slice(0, 32);
}
