import type { Database } from '../../db/database.js';
import { counterKey, limitOrRefuse } from './login-throttle.js';

// Forms that make Baken send e-mail to an address someone types (sign-up, password reset, resend
// confirmation) must not become a way to flood a stranger's mailbox: a few per address of origin.
const MAILS_PER_WINDOW = 10;
const WINDOW_MS = 15 * 60 * 1000;

/** Counts one mail-sending request from this IP (atomically); over the limit answers 429 with Retry-After. */
export function limitMailRequests(db: Database, ipAddress: string, now = new Date()): Promise<void> {
  return limitOrRefuse(db, counterKey('mail-ip', ipAddress), MAILS_PER_WINDOW, WINDOW_MS, now);
}
