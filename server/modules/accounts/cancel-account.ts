import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { erasureSchedule } from '../../db/schema/erasure-schedule.js';
import { organisations } from '../../db/schema/organisations.js';
import { sessions } from '../../db/schema/sessions.js';
import { users } from '../../db/schema/users.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, notFound } from '../domain-error.js';
import { otherActiveAdmins } from '../users/other-active-admins.js';
import { confirmPassword } from './confirm-password.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Records when a cancelled person's or organisation's personal data is due for erasure (the
 * privacy module carries it out), with the audit entry of the cancellation.
 */
async function scheduleErasure(
  tx: Transaction,
  actor: Actor,
  input: {
    organisationId: string;
    subject: 'user' | 'organisation';
    subjectId: string;
    reason: string;
    graceDays: number;
    now: Date;
    ipAddress: string;
  },
) {
  await tx.insert(erasureSchedule).values({
    id: uuidv7(),
    organisationId: input.organisationId,
    subjectType: input.subject,
    subjectId: input.subjectId,
    reason: input.reason,
    requestedBy: actor.userId,
    // One clock for both: the database's own "now" runs a little later than the application's,
    // which made the grace period a moment shorter than promised.
    requestedAt: input.now,
    dueAt: new Date(input.now.getTime() + input.graceDays * DAY_MS),
  });
  await recordAudit(tx, {
    organisationId: input.organisationId,
    actorUserId: actor.userId,
    action: input.subject === 'user' ? 'user.cancelled' : 'organisation.cancelled',
    targetType: input.subject,
    targetId: input.subjectId,
    ipAddress: input.ipAddress,
    details: { graceDays: input.graceDays },
  });
}

/** Cancels one person's account: signed out everywhere at once, erasure scheduled after the grace period. */
async function cancelUserIn(
  tx: Transaction,
  actor: Actor,
  userId: string,
  graceDays: number,
  ipAddress: string,
) {
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)));
  if (!user || user.status === 'cancelled') throw notFound();
  if (user.role === 'admin') {
    const others = await otherActiveAdmins(tx, user.organisationId, user.id);
    if (others.length === 0) throw new DomainError('last_admin', 409);
  }
  const now = new Date();
  await tx.update(users).set({ status: 'cancelled', cancelledAt: now }).where(eq(users.id, user.id));
  await tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.userId, user.id), isNull(sessions.endedAt)));
  await scheduleErasure(tx, actor, {
    organisationId: user.organisationId,
    subject: 'user',
    subjectId: user.id,
    reason: actor.userId === user.id ? 'account_cancelled_by_user' : 'account_cancelled_by_organisation',
    graceDays,
    now,
    ipAddress,
  });
}

/** The user cancels their own account, confirming with their password. */
export async function cancelOwnAccount(
  db: Database,
  actor: Actor,
  password: string,
  graceDays: number,
  ipAddress: string,
) {
  await confirmPassword(db, actor, password, ipAddress);
  return inTenant(db, actor.organisationId, async (tx) => {
    await cancelUserIn(tx, actor, actor.userId, graceDays, ipAddress);
  });
}

/** An organisation admin cancels a member's account. */
export function cancelMemberAccount(
  db: Database,
  actor: Actor,
  userId: string,
  graceDays: number,
  ipAddress: string,
) {
  return inTenant(db, actor.organisationId, (tx) => cancelUserIn(tx, actor, userId, graceDays, ipAddress));
}

/** Undoes a member's cancellation during the grace period; the person is active again. */
export function restoreMemberAccount(db: Database, actor: Actor, userId: string, ipAddress: string) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)));
    if (user?.status !== 'cancelled') throw notFound();
    const undone = await tx
      .update(erasureSchedule)
      .set({ undoneAt: new Date() })
      .where(
        and(
          eq(erasureSchedule.subjectId, user.id),
          isNull(erasureSchedule.executedAt),
          isNull(erasureSchedule.undoneAt),
        ),
      )
      .returning({ id: erasureSchedule.id });
    if (undone.length === 0) throw new DomainError('erasure_done', 409);
    await tx.update(users).set({ status: 'active', cancelledAt: null }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'user.reactivated',
      targetType: 'user',
      targetId: user.id,
      ipAddress,
      details: { undoCancellation: true },
    });
  });
}

/**
 * An admin cancels the whole organisation: everyone is signed out at once and the organisation's
 * personal data is scheduled for erasure. The operator can undo it during the grace period.
 */
export async function cancelOrganisation(
  db: Database,
  actor: Actor,
  password: string,
  graceDays: number,
  ipAddress: string,
) {
  await confirmPassword(db, actor, password, ipAddress);
  return inTenant(db, actor.organisationId, async (tx) => {
    const now = new Date();
    await tx
      .update(organisations)
      .set({ cancelledAt: now })
      .where(eq(organisations.id, actor.organisationId));
    await tx
      .update(sessions)
      .set({ endedAt: now })
      .where(and(eq(sessions.organisationId, actor.organisationId), isNull(sessions.endedAt)));
    await scheduleErasure(tx, actor, {
      organisationId: actor.organisationId,
      subject: 'organisation',
      subjectId: actor.organisationId,
      reason: 'organisation_cancelled',
      graceDays,
      now,
      ipAddress,
    });
  });
}
