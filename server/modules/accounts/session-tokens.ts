import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = '__Host-baken_session';
/** A session ends after this long without use. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** And after this long in any case: a crisis shift, not a month. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

/** 256 random bits for the cookie; only the hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
