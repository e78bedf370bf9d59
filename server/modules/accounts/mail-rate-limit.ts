import { createHash } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { DomainError } from '../domain-error.js';
import { incrementCounter } from './login-throttle.js';

// Forms that make Baken send e-mail to an address someone types (sign-up, password reset, resend
// confirmation) must not become a way to flood a stranger's mailbox: a few per address of origin.
const MAILS_PER_WINDOW = 10;
const WINDOW_MS = 15 * 60 * 1000;

/** Counts one mail-sending request from this IP (atomically); over the limit answers 429 with Retry-After. */
export async function limitMailRequests(db: Database, ipAddress: string, now = new Date()): Promise<void> {
  const key = `mail-ip:${createHash('sha256').update(ipAddress).digest('hex').slice(0, 32)}`;
  const { count, windowStartedAt } = await incrementCounter(db, key, WINDOW_MS, now);
  if (count <= MAILS_PER_WINDOW) return;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStartedAt.getTime() + WINDOW_MS - now.getTime()) / 1000),
  );
  throw new DomainError('too_many_requests', 429, { retryAfterSeconds });
}
