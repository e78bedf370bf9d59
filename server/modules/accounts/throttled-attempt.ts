import type { Database, Transaction } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import {
  clearSignInFailures,
  recordFailedSignIn,
  secondsUntilAllowed,
  withAccountLock,
} from './login-throttle.js';
import type { ClientDetails } from './open-session.js';

type Outcome<T> = { kind: 'throttled'; waitSeconds: number } | { kind: 'failed' } | { kind: 'ok'; result: T };

/**
 * One guess at an account's secret (a password or a second-factor code), checked under the
 * account's lock: refused while throttled, counted when wrong, audited either way. The counts and
 * audit entries are committed before the error is thrown, so a refusal is never rolled back.
 * `attempt` returns undefined for a wrong guess.
 */
export async function throttledAttempt<T>(
  db: Database,
  email: string,
  client: ClientDetails,
  audit: { organisationId: string | null; actorUserId: string | null; reason: string },
  attempt: (tx: Transaction) => Promise<T | undefined>,
): Promise<T> {
  const { reason, ...who } = audit;
  const outcome = await withAccountLock<Outcome<T>>(db, email, async (tx) => {
    const waitSeconds = await secondsUntilAllowed(tx, email, client.ipAddress);
    if (waitSeconds > 0) {
      await recordAudit(tx, {
        ...who,
        ipAddress: client.ipAddress,
        action: 'session.sign_in_throttled',
        details: { waitSeconds },
      });
      return { kind: 'throttled', waitSeconds };
    }
    const result = await attempt(tx);
    if (result === undefined) {
      await recordFailedSignIn(tx, email, client.ipAddress);
      await recordAudit(tx, {
        ...who,
        ipAddress: client.ipAddress,
        action: 'session.sign_in_failed',
        details: { reason },
      });
      return { kind: 'failed' };
    }
    await clearSignInFailures(tx, email, client.ipAddress);
    return { kind: 'ok', result };
  });
  if (outcome.kind === 'throttled') {
    throw new DomainError('too_many_requests', 429, { retryAfterSeconds: outcome.waitSeconds });
  }
  if (outcome.kind === 'failed') throw new DomainError('invalid_credentials', 401);
  return outcome.result;
}
