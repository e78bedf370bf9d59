import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { loginThrottles } from '../../db/schema/login-throttles.js';
import { DomainError } from '../domain-error.js';

/**
 * Three counters slow guessing without letting an attacker lock the owner out:
 * - one address guessing one account is blocked soon, with a block that doubles per failure;
 * - one address guessing many accounts is blocked a little later;
 * - one account guessed from many addresses is slowed to one try per 30 seconds, never locked,
 *   so its owner, from their own address, gets in within seconds.
 * Blocked attempts are refused before the password is checked and do not count further.
 */
const RULES = {
  'account-ip': { freeFailures: 5, blockSeconds: (over: number) => Math.min(2 ** over, 15 * 60) },
  ip: { freeFailures: 20, blockSeconds: (over: number) => Math.min(2 ** over, 15 * 60) },
  account: { freeFailures: 50, blockSeconds: () => 30 },
} as const;

const WINDOW_MS = 15 * 60 * 1000;

type Scope = keyof typeof RULES;

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** A counter's key that names nobody: `prefix:` and a hash of the address, account or id counted. */
export const counterKey = (prefix: string, value: string) => `${prefix}:${digest(value)}`;

function throttleKeys(email: string, ipAddress: string): Record<Scope, string> {
  const account = email.trim().toLowerCase();
  return {
    'account-ip': counterKey('account-ip', `${account}\n${ipAddress}`),
    ip: counterKey('ip', ipAddress),
    account: counterKey('account', account),
  };
}

/** Seconds until this sign-in may be tried, or 0 when it may be tried now. */
export async function secondsUntilAllowed(
  db: Database | Transaction,
  email: string,
  ipAddress: string,
  now = new Date(),
): Promise<number> {
  const keys = Object.values(throttleKeys(email, ipAddress));
  const rows = await db.select().from(loginThrottles).where(inArray(loginThrottles.key, keys));
  const waits = rows.map((row) => (row.blockedUntil ? row.blockedUntil.getTime() - now.getTime() : 0));
  return Math.max(0, Math.ceil(Math.max(0, ...waits) / 1000));
}

/**
 * Adds one to a counter atomically (starting a new window when the old one is over) and returns
 * the new count, so parallel failures are all counted.
 */
export async function incrementCounter(
  db: Database | Transaction,
  key: string,
  windowMs: number,
  now = new Date(),
) {
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await db
    .insert(loginThrottles)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${loginThrottles.windowStartedAt} < ${windowStart} then 1 else ${loginThrottles.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottles.windowStartedAt} < ${windowStart} then ${now} else ${loginThrottles.windowStartedAt} end`,
      },
    })
    .returning({ count: loginThrottles.failures, windowStartedAt: loginThrottles.windowStartedAt });
  return row ?? { count: 1, windowStartedAt: now };
}

/** The 429 for a counter that is over its limit until `windowEndsAt`: Retry-After says when (1 s at least). */
export function tooManyRequests(windowEndsAt: Date, now: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
  return new DomainError('too_many_requests', 429, { retryAfterSeconds });
}

/**
 * Counts one request against `key` and refuses it (429 with Retry-After, until the window ends)
 * when that makes more than `limit` in the window. Refused requests count too.
 */
export async function limitOrRefuse(
  db: Database | Transaction,
  key: string,
  limit: number,
  windowMs: number,
  now = new Date(),
): Promise<void> {
  const { count, windowStartedAt } = await incrementCounter(db, key, windowMs, now);
  if (count <= limit) return;
  throw tooManyRequests(new Date(windowStartedAt.getTime() + windowMs), now);
}

/** Counts a failed sign-in against all three counters, and blocks where a counter is over its limit. */
export async function recordFailedSignIn(
  db: Database | Transaction,
  email: string,
  ipAddress: string,
  now = new Date(),
): Promise<void> {
  const keys = throttleKeys(email, ipAddress);
  for (const scope of Object.keys(RULES) as Scope[]) {
    const { count } = await incrementCounter(db, keys[scope], WINDOW_MS, now);
    const over = count - RULES[scope].freeFailures;
    if (over <= 0) continue;
    const blockedUntil = new Date(now.getTime() + RULES[scope].blockSeconds(over) * 1000);
    await db.update(loginThrottles).set({ blockedUntil }).where(eq(loginThrottles.key, keys[scope]));
  }
}

/** A successful sign-in clears the counter of this account from this address. */
export async function clearSignInFailures(
  db: Database | Transaction,
  email: string,
  ipAddress: string,
): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, throttleKeys(email, ipAddress)['account-ip']));
}

/**
 * Runs one sign-in attempt for an account while holding a lock on that account, so parallel
 * guesses are checked one after another against up-to-date counters instead of all passing the
 * check at once. The lock lasts one password check (tens of milliseconds).
 */
export function withAccountLock<T>(
  db: Database,
  email: string,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email.trim().toLowerCase()}`}))`);
    return work(tx);
  });
}
