import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { loginThrottles } from '../../db/schema/login-throttles.js';
import { DomainError } from '../domain-error.js';

// Forms that make Baken send e-mail to an address someone types (sign-up, password reset, resend
// confirmation) must not become a way to flood a stranger's mailbox: a few per address of origin.
const MAILS_PER_WINDOW = 10;
const WINDOW_MS = 15 * 60 * 1000;

/** Counts one mail-sending request from this IP; over the limit answers 429 with Retry-After. */
export async function limitMailRequests(db: Database, ipAddress: string, now = new Date()): Promise<void> {
  const key = `mail-ip:${createHash('sha256').update(ipAddress).digest('hex').slice(0, 32)}`;
  const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, key));
  const windowExpired = !row || now.getTime() - row.windowStartedAt.getTime() > WINDOW_MS;
  const count = windowExpired ? 1 : row.failures + 1;
  const windowStartedAt = windowExpired ? now : row.windowStartedAt;
  if (count > MAILS_PER_WINDOW) {
    const retryAfterSeconds = Math.ceil((windowStartedAt.getTime() + WINDOW_MS - now.getTime()) / 1000);
    throw new DomainError('too_many_requests', 429, { retryAfterSeconds });
  }
  const values = { failures: count, windowStartedAt, blockedUntil: null };
  await db
    .insert(loginThrottles)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: loginThrottles.key, set: values });
}
