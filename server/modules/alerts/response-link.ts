import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'baken-alert-response';
const UUID_HEX = /^[0-9a-f]{32}$/;

/**
 * The token of a response link: the recipient row's id and an HMAC over it and the alert's id
 * with SECRET_KEY, 44 URL-safe characters so it fits an SMS. It names one person on one alert
 * and cannot be forged or pointed at another; expiry and single use are checked against the
 * recipient row, so nothing about them has to be trusted from the link.
 */
export function responseToken(secretKey: Buffer, recipientId: string, alertId: string): string {
  const id = Buffer.from(recipientId.replaceAll('-', ''), 'hex');
  return `${id.toString('base64url')}${signature(secretKey, recipientId, alertId).toString('base64url')}`;
}

/** The recipient id a token claims, before its signature is checked against the row's alert. */
export function claimedRecipientId(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{44}$/.test(token)) return undefined;
  const hex = Buffer.from(token.slice(0, 22), 'base64url').toString('hex');
  if (!UUID_HEX.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether the token was made by us for this recipient on this alert. */
export function tokenMatches(
  secretKey: Buffer,
  token: string,
  recipientId: string,
  alertId: string,
): boolean {
  const given = Buffer.from(token.slice(22), 'base64url');
  const expected = signature(secretKey, recipientId, alertId);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The link in e-mails and SMS; the token is in the fragment, so it never reaches a server log. */
export const responseUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/respond#${token}`;

function signature(secretKey: Buffer, recipientId: string, alertId: string): Buffer {
  return createHmac('sha256', secretKey)
    .update(`${PURPOSE}|${recipientId}|${alertId}`)
    .digest()
    .subarray(0, 16);
}
