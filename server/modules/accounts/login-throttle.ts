import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { loginThrottles } from '../../db/schema/login-throttles.js';

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

function throttleKeys(email: string, ipAddress: string): Record<Scope, string> {
  const account = email.trim().toLowerCase();
  return {
    'account-ip': `account-ip:${digest(`${account}\n${ipAddress}`)}`,
    ip: `ip:${digest(ipAddress)}`,
    account: `account:${digest(account)}`,
  };
}

/** Seconds until this sign-in may be tried, or 0 when it may be tried now. */
export async function secondsUntilAllowed(
  db: Database,
  email: string,
  ipAddress: string,
  now = new Date(),
): Promise<number> {
  const keys = Object.values(throttleKeys(email, ipAddress));
  const rows = await db.select().from(loginThrottles).where(inArray(loginThrottles.key, keys));
  const waits = rows.map((row) => (row.blockedUntil ? row.blockedUntil.getTime() - now.getTime() : 0));
  return Math.max(0, Math.ceil(Math.max(0, ...waits) / 1000));
}

/** Counts a failed sign-in against all three counters. */
export async function recordFailedSignIn(
  db: Database,
  email: string,
  ipAddress: string,
  now = new Date(),
): Promise<void> {
  const keys = throttleKeys(email, ipAddress);
  for (const scope of Object.keys(RULES) as Scope[]) {
    const key = keys[scope];
    const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, key));
    const windowExpired = !row || now.getTime() - row.windowStartedAt.getTime() > WINDOW_MS;
    const failures = windowExpired ? 1 : row.failures + 1;
    const over = failures - RULES[scope].freeFailures;
    const values = {
      failures,
      windowStartedAt: windowExpired ? now : row.windowStartedAt,
      blockedUntil: over > 0 ? new Date(now.getTime() + RULES[scope].blockSeconds(over) * 1000) : null,
    };
    await db
      .insert(loginThrottles)
      .values({ key, ...values })
      .onConflictDoUpdate({ target: loginThrottles.key, set: values });
  }
}

/** A successful sign-in clears the counter of this account from this address. */
export async function clearSignInFailures(db: Database, email: string, ipAddress: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, throttleKeys(email, ipAddress)['account-ip']));
}
