import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { usageFacts, usageObjections } from '../../db/schema/usage-statistics.js';
import { users } from '../../db/schema/users.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockUsageFacts } from './usage-lock.js';

export interface UsageObjectionState {
  /** Whether the objection is in force: nothing is collected about the person. */
  objecting: boolean;
  objectedAt: string | null;
  /** When the last objection was withdrawn: only what happened after this is counted. */
  withdrawnAt: string | null;
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** The person's objection to usage statistics, as "Mijn gegevens" shows it. */
export async function readUsageObjection(tx: Transaction, userId: string): Promise<UsageObjectionState> {
  const [row] = await tx.select().from(usageObjections).where(eq(usageObjections.userId, userId));
  return {
    objecting: row !== undefined && row.withdrawnAt === null,
    objectedAt: iso(row?.objectedAt),
    withdrawnAt: iso(row?.withdrawnAt),
  };
}

export interface ObjectionChange {
  organisationId: string;
  userId: string;
  /** Who made the change: the person, or the handler of their objection request. */
  actorUserId: string;
  at: Date;
  ipAddress?: string;
  /** The privacy request this carries out, if any. */
  requestId?: string;
}

/**
 * Objection to usage statistics (GDPR art. 21, P10), in force at once and for the past too: the
 * facts already collected about the person are deleted in the same transaction, and the projector
 * (which waits for this transaction's lock) collects nothing more about them. An objection already
 * in force changes nothing but is not an error. Returns how many facts were deleted.
 */
// @promise P10 an objection deletes the person's usage facts and stops collection at once
export async function objectToUsageStatistics(tx: Transaction, change: ObjectionChange): Promise<number> {
  await lockUsageFacts(tx);
  await tx
    .insert(usageObjections)
    .values({ userId: change.userId, organisationId: change.organisationId, objectedAt: change.at })
    .onConflictDoUpdate({
      target: usageObjections.userId,
      set: { objectedAt: change.at, withdrawnAt: null },
      setWhere: sql`${usageObjections.withdrawnAt} is not null`,
    });
  const deleted = await tx
    .delete(usageFacts)
    .where(and(eq(usageFacts.organisationId, change.organisationId), eq(usageFacts.userId, change.userId)))
    .returning({ id: usageFacts.id });
  await recordAudit(tx, {
    organisationId: change.organisationId,
    actorUserId: change.actorUserId,
    action: 'usage_statistics.objected',
    targetType: 'user',
    targetId: change.userId,
    ...(change.ipAddress ? { ipAddress: change.ipAddress } : {}),
    details: { factsDeleted: deleted.length, ...(change.requestId ? { requestId: change.requestId } : {}) },
  });
  return deleted.length;
}

/**
 * Withdraws the objection: collection restarts with what happens from now on. Nothing deleted
 * comes back, and events from the time of the objection are never counted (the projector compares
 * each event's time with the withdrawal).
 */
// @promise P10 withdrawing an objection restarts collection from then on, without restoring anything
export async function withdrawUsageObjection(tx: Transaction, change: ObjectionChange): Promise<boolean> {
  const withdrawn = await tx
    .update(usageObjections)
    .set({ withdrawnAt: change.at })
    .where(and(eq(usageObjections.userId, change.userId), isNull(usageObjections.withdrawnAt)))
    .returning({ userId: usageObjections.userId });
  if (withdrawn.length === 0) return false;
  await recordAudit(tx, {
    organisationId: change.organisationId,
    actorUserId: change.actorUserId,
    action: 'usage_statistics.objection_withdrawn',
    targetType: 'user',
    targetId: change.userId,
    ...(change.ipAddress ? { ipAddress: change.ipAddress } : {}),
  });
  return true;
}

/** The signed-in person turns the objection on or off for themselves ("Mijn gegevens"). */
export function setOwnUsageObjection(
  db: Database,
  actor: Actor,
  objecting: boolean,
  ipAddress: string,
  now = new Date(),
): Promise<UsageObjectionState> {
  return inTenant(db, actor.organisationId, async (tx) => {
    const change = {
      organisationId: actor.organisationId,
      userId: actor.userId,
      actorUserId: actor.userId,
      at: now,
      ipAddress,
    };
    if (objecting) {
      const current = await readUsageObjection(tx, actor.userId);
      if (!current.objecting) await objectToUsageStatistics(tx, change);
    } else {
      await withdrawUsageObjection(tx, change);
    }
    return readUsageObjection(tx, actor.userId);
  });
}

/**
 * An answered objection request (art. 21) of a person with an account: their objection to usage
 * statistics is set by the same transaction that answers the request. A person who is no longer
 * there (erased meanwhile) has nothing left to object to.
 */
export async function objectOnRequest(
  tx: Transaction,
  input: { userId: string; handlerId: string; requestId: string; at: Date; ipAddress: string },
): Promise<void> {
  const [person] = await tx
    .select({ organisationId: users.organisationId })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!person) return;
  const current = await readUsageObjection(tx, input.userId);
  if (current.objecting) return;
  await objectToUsageStatistics(tx, {
    organisationId: person.organisationId,
    userId: input.userId,
    actorUserId: input.handlerId,
    at: input.at,
    ipAddress: input.ipAddress,
    requestId: input.requestId,
  });
}
