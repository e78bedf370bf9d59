import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** AES-256-GCM: `iv.tag.ciphertext`, base64url parts. For secrets that must be read back (TOTP). */
export function encryptSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
}

export function decryptSecret(key: Buffer, sealed: string): string {
  const [iv = '', tag = '', ciphertext = ''] = sealed.split('.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}

/** A short-lived signed token `payload.signature` (HMAC-SHA256); returns the payload if valid and unexpired. */
export function signToken(
  key: Buffer,
  payload: { subject: string; purpose: string; expiresAt: number },
): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', key).update(body).digest('base64url');
  return `${body}.${signature}`;
}

export function readSignedToken(
  key: Buffer,
  token: string,
  purpose: string,
  now = Date.now(),
): string | undefined {
  const [body = '', signature = ''] = token.split('.');
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      subject: string;
      purpose: string;
      expiresAt: number;
    };
    if (payload.purpose !== purpose || payload.expiresAt < now) return undefined;
    return payload.subject;
  } catch {
    return undefined;
  }
}
