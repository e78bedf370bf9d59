import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import type { Database, Transaction } from '../../../db/database.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import { inTenant } from '../../../db/tenant-transaction.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import type { Actor } from '../../../policies/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, notFound } from '../../domain-error.js';
import { isPseudonymEmail } from '../erasure/pseudonym-account.js';
import { recordRecipientNotices } from '../recipient-notices/record-recipient-notices.js';
import { RESTRICTION_GROUND_TEXTS, type RestrictionGround } from './restriction-grounds.js';

/** A person of the actor's organisation whose processing can be restricted: not cancelled, not a pseudonym. */
async function personOf(tx: Transaction, actor: Actor, userId: string) {
  const [user] = await tx
    .select({
      id: users.id,
      email: users.email,
      language: users.language,
      status: users.status,
      restrictedAt: users.restrictedAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)));
  if (!user || user.status === 'cancelled' || isPseudonymEmail(user.email)) throw notFound();
  return user;
}

/**
 * Restricts the processing of a person's data (GDPR art. 18) at their request, on one of the four
 * grounds: from now on their data is only stored. They are not alerted and not put on call (the
 * alerting and rosters read `restricted_at`), they cannot change their profile, and admins see
 * "Beperkt". The ground is kept in the audit entry (the schema has no column for it).
 */
// @promise P17 restriction of processing: an admin restricts a person's data to storage only, on an art. 18 ground
export function restrictProcessing(
  db: Database,
  actor: Actor,
  userId: string,
  ground: RestrictionGround,
  ipAddress: string,
): Promise<{ restrictedAt: Date }> {
  return inTenant(db, actor.organisationId, async (tx) => {
    const user = await personOf(tx, actor, userId);
    if (user.restrictedAt) throw new DomainError('already_restricted', 409);
    const restrictedAt = new Date();
    await tx
      .update(users)
      .set({ restrictedAt })
      .where(and(eq(users.id, user.id), isNull(users.restrictedAt)));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'personal_data.restricted',
      targetType: 'user',
      targetId: user.id,
      ipAddress,
      details: { ground, article: RESTRICTION_GROUND_TEXTS[ground].article },
    });
    await recordRecipientNotices(tx, {
      organisationId: actor.organisationId,
      userId: user.id,
      change: 'restriction',
    });
    return { restrictedAt };
  });
}

/**
 * Lifts a restriction. The person must be told before it is lifted (art. 18(3)): the e-mail is
 * stored and queued in the same transaction as the lift, so there is no lift without the message,
 * and the mail worker sends it within moments. (It is not held back until the mail is delivered:
 * the handler decided, and the person can still object to the organisation.)
 */
// @promise P17 lifting a restriction tells the person by e-mail, in the same transaction as the lift
export function liftRestriction(
  db: Database,
  jobs: JobQueue,
  actor: Actor,
  userId: string,
  ipAddress: string,
): Promise<void> {
  return inTenant(db, actor.organisationId, async (tx) => {
    const user = await personOf(tx, actor, userId);
    if (!user.restrictedAt) throw new DomainError('not_restricted', 409);
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    await enqueueMail(tx, jobs, {
      organisationId: actor.organisationId,
      to: user.email,
      template: 'restriction-lifted',
      language: user.language,
      variables: { organisationName: organisation?.name ?? '' },
    });
    await tx
      .update(users)
      .set({ restrictedAt: null })
      .where(and(eq(users.id, user.id), isNotNull(users.restrictedAt)));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'personal_data.restriction_lifted',
      targetType: 'user',
      targetId: user.id,
      ipAddress,
      details: { personTold: 'e-mail' },
    });
  });
}
