import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { type AlertResponse, alertRecipients, alerts } from '../../db/schema/alerts.js';
import { organisations } from '../../db/schema/organisations.js';
import { users } from '../../db/schema/users.js';
import { inTenant } from '../../db/tenant-transaction.js';
import { DomainError } from '../domain-error.js';
import type { Clock } from './alert-clock.js';
import { applyResponse } from './apply-response.js';
import { countWrongLink, refuseLinkGuessers } from './link-guesses.js';
import { claimedRecipientId, tokenMatches } from './response-link.js';

const invalid = () => new DomainError('alert_link_invalid', 404);

/**
 * The recipient a response link stands for, checked: the signature must match the recipient's
 * own alert, so a link answers for one person on one alert only. Nobody is signed in yet, so this
 * reads as the connecting user; everything after runs inside that organisation.
 */
async function linkedRecipient(db: Database, secretKey: Buffer, token: string, ipAddress: string, now: Date) {
  await refuseLinkGuessers(db, ipAddress, now);
  try {
    return await checkedRecipient(db, secretKey, token);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'alert_link_invalid')
      await countWrongLink(db, ipAddress, now);
    throw error;
  }
}

async function checkedRecipient(db: Database, secretKey: Buffer, token: string) {
  const recipientId = claimedRecipientId(token);
  if (!recipientId) throw invalid();
  const [found] = await db
    .select({
      recipient: alertRecipients,
      alert: alerts,
      recipientName: users.name,
      organisationName: organisations.name,
      language: users.language,
      reachable: sql<boolean>`("users"."status" in ('active', 'invited') and "users"."restricted_at" is null)`,
    })
    .from(alertRecipients)
    .innerJoin(alerts, eq(alerts.id, alertRecipients.alertId))
    .innerJoin(users, eq(users.id, alertRecipients.userId))
    .innerJoin(organisations, eq(organisations.id, alertRecipients.organisationId))
    .where(eq(alertRecipients.id, recipientId));
  if (!found || !tokenMatches(secretKey, token, found.recipient.id, found.alert.id)) throw invalid();
  // A person deactivated or restricted since is no longer on call: their link stops working.
  if (!found.reachable) throw invalid();
  return found;
}

function linkState(found: Awaited<ReturnType<typeof checkedRecipient>>, now: Date) {
  if (found.alert.status === 'cancelled') return 'cancelled' as const;
  if (found.recipient.linkUsedAt) return 'used' as const;
  if (found.alert.linksExpireAt <= now) return 'expired' as const;
  return 'open' as const;
}

/** What the response page shows before the person answers; looking does not use the link up. */
export async function viewByLink(
  db: Database,
  secretKey: Buffer,
  token: string,
  clock: Clock,
  ipAddress: string,
) {
  const now = clock();
  const found = await linkedRecipient(db, secretKey, token, ipAddress, now);
  const state = linkState(found, now);
  // Once the link is spent, an old message or a forwarded mail no longer opens the crisis text.
  const open = state === 'open';
  return {
    title: found.alert.title,
    body: open ? found.alert.body : '',
    location: open ? found.alert.location : '',
    isExercise: found.alert.isExercise,
    urgency: found.alert.urgency,
    organisationName: found.organisationName,
    recipientName: found.recipientName,
    language: found.language,
    state,
    response: found.recipient.response,
    etaMinutes: found.recipient.etaMinutes,
  };
}

const REFUSAL = {
  cancelled: 'alert_cancelled',
  used: 'alert_link_used',
  expired: 'alert_link_expired',
} as const;

/**
 * Answers through the link in an e-mail or SMS, or a push notification's button: once. Using it
 * is marked in the same statement that checks it was unused, so two taps at once answer once.
 */
export async function respondByLink(
  db: Database,
  secretKey: Buffer,
  token: string,
  answer: { response: AlertResponse; etaMinutes?: number | null; source: 'link' | 'push' },
  clock: Clock,
  ipAddress: string,
) {
  const now = clock();
  const found = await linkedRecipient(db, secretKey, token, ipAddress, now);
  const state = linkState(found, now);
  if (state !== 'open') throw new DomainError(REFUSAL[state], 410);
  return inTenant(db, found.alert.organisationId, async (tx) => {
    const [claimed] = await tx
      .update(alertRecipients)
      .set({ linkUsedAt: now })
      .where(and(eq(alertRecipients.id, found.recipient.id), isNull(alertRecipients.linkUsedAt)))
      .returning({ id: alertRecipients.id, userId: alertRecipients.userId });
    if (!claimed) throw new DomainError('alert_link_used', 410);
    const view = await applyResponse(tx, found.alert, claimed, { ...answer, via: answer.source, at: now });
    return { response: view?.response ?? answer.response, etaMinutes: view?.etaMinutes ?? null };
  });
}
