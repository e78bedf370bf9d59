import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { loginThrottles } from '../../db/schema/login-throttles.js';
import { counterKey, incrementCounter, tooManyRequests } from '../accounts/login-throttle.js';

// A response link is unguessable (128-bit HMAC), but every try costs a lookup: an address that
// keeps presenting links that are not ours is refused for a while. Real links are never counted,
// so a whole team behind one address answering at 04:00 is not slowed down.
const WRONG_LINKS_PER_WINDOW = 20;
const WINDOW_MS = 15 * 60 * 1000;

const keyOf = (ipAddress: string) => counterKey('alert-link-ip', ipAddress);

/** 429 with Retry-After when this address presented too many invalid links lately. */
export async function refuseLinkGuessers(db: Database, ipAddress: string, now: Date): Promise<void> {
  const [row] = await db
    .select()
    .from(loginThrottles)
    .where(eq(loginThrottles.key, keyOf(ipAddress)));
  if (!row || row.failures < WRONG_LINKS_PER_WINDOW) return;
  const endsAt = row.windowStartedAt.getTime() + WINDOW_MS;
  if (endsAt <= now.getTime()) return;
  throw tooManyRequests(new Date(endsAt), now);
}

/** Counts one invalid link from this address. */
export async function countWrongLink(db: Database, ipAddress: string, now: Date): Promise<void> {
  await incrementCounter(db, keyOf(ipAddress), WINDOW_MS, now);
}
