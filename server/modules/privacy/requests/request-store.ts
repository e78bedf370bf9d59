import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { uuidv7 } from '../../../db/ids.js';
import {
  privacyRequestEvents,
  privacyRequestIdCopies,
  privacyRequests,
} from '../../../db/schema/privacy-requests.js';

export type PrivacyRequestRow = typeof privacyRequests.$inferSelect;
export type PrivacyRequestEventRow = typeof privacyRequestEvents.$inferSelect;

/** The kinds of step a request's history records. */
export type PrivacyRequestEventKind =
  | 'received'
  | 'id_copy_requested'
  | 'id_copy_uploaded'
  | 'id_copy_deleted'
  | 'identity_verified'
  | 'extended'
  | 'answered'
  | 'rejected'
  | 'withdrawn';

export async function recordRequestEvent(
  tx: Database | Transaction,
  requestId: string,
  kind: PrivacyRequestEventKind,
  actorUserId: string | null,
  details: Record<string, unknown> = {},
  at = new Date(),
): Promise<void> {
  await tx
    .insert(privacyRequestEvents)
    .values({ id: uuidv7(at.getTime()), requestId, kind, actorUserId, details, createdAt: at });
}

export async function findRequest(
  db: Database | Transaction,
  id: string,
): Promise<PrivacyRequestRow | undefined> {
  const [row] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, id));
  return row;
}

export function listRequestEvents(db: Database, requestId: string): Promise<PrivacyRequestEventRow[]> {
  return db
    .select()
    .from(privacyRequestEvents)
    .where(eq(privacyRequestEvents.requestId, requestId))
    .orderBy(asc(privacyRequestEvents.createdAt), asc(privacyRequestEvents.id));
}

export function listOwnRequests(db: Database, userId: string): Promise<PrivacyRequestRow[]> {
  return db
    .select()
    .from(privacyRequests)
    .where(eq(privacyRequests.userId, userId))
    .orderBy(desc(privacyRequests.receivedAt));
}

/** A handler's queue: the platform's requests (null) or one organisation's, soonest due first. */
export function listQueue(db: Database, organisationId: string | null): Promise<PrivacyRequestRow[]> {
  return db
    .select()
    .from(privacyRequests)
    .where(
      organisationId === null
        ? isNull(privacyRequests.organisationId)
        : eq(privacyRequests.organisationId, organisationId),
    )
    .orderBy(asc(privacyRequests.closedAt), asc(privacyRequests.dueAt));
}

/** Whether an ID copy is waiting to be checked (its sealed bytes still exist). */
export async function hasIdCopy(db: Database | Transaction, requestId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: privacyRequestIdCopies.id })
    .from(privacyRequestIdCopies)
    .where(
      and(eq(privacyRequestIdCopies.requestId, requestId), isNotNull(privacyRequestIdCopies.sealedContent)),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Removes the sealed bytes of every ID copy of the request at once (P18): when the identity is
 * verified or the request closes. The row stays with `deleted_at`, as evidence a copy existed.
 */
// @promise P18 an ID copy is deleted the moment the identity is verified or the request is closed
export async function deleteIdCopies(tx: Transaction, requestId: string, at: Date): Promise<number> {
  const deleted = await tx
    .update(privacyRequestIdCopies)
    .set({ sealedContent: null, deletedAt: at })
    .where(
      and(eq(privacyRequestIdCopies.requestId, requestId), isNotNull(privacyRequestIdCopies.sealedContent)),
    )
    .returning({ id: privacyRequestIdCopies.id });
  if (deleted.length > 0)
    await recordRequestEvent(tx, requestId, 'id_copy_deleted', null, { copies: deleted.length }, at);
  return deleted.length;
}

/** The due date that counts now: the extension's when there is one. */
export const currentDueAt = (request: PrivacyRequestRow): Date => request.extendedUntil ?? request.dueAt;

export const isClosed = (request: PrivacyRequestRow) => request.closedAt !== null;
