import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Actor } from '../../../policies/actor.js';
import { canHandlePrivacyRequest, canReadPrivacyRequest } from '../../../policies/privacy-requests.js';
import { DomainError, notFound } from '../../domain-error.js';
import { operatorRoleOf } from '../../operator/find-operator-role.js';
import { findRequest, type PrivacyRequestRow } from './request-store.js';

/** The request if the actor may handle it; a 404 otherwise, so nobody learns another's request exists. */
export async function handledRequest(db: Database, actor: Actor, id: string): Promise<PrivacyRequestRow> {
  const request = await findRequest(db, id);
  if (!request || !canHandlePrivacyRequest(actor, await operatorRoleOf(db, actor.userId), request))
    throw notFound();
  return request;
}

/** The request if the actor made it or may handle it, with whether they handle it. */
export async function readableRequest(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ request: PrivacyRequestRow; handles: boolean }> {
  const request = await findRequest(db, id);
  const role = request ? await operatorRoleOf(db, actor.userId) : undefined;
  if (!request || !canReadPrivacyRequest(actor, role, request)) throw notFound();
  return { request, handles: canHandlePrivacyRequest(actor, role, request) };
}

export function refuseIfClosed(request: PrivacyRequestRow): void {
  if (request.closedAt !== null) throw new DomainError('privacy_request_closed', 409);
}

/**
 * The first statement of every handler's change: locks the request's row and checks it is still as
 * the handler read it. Two handlers (or a double click) acting at once otherwise both pass their
 * checks on the same reading and both write: two answers sent, or a pause lost.
 */
export async function lockAsRead(tx: Transaction, request: PrivacyRequestRow): Promise<void> {
  const [now] = await tx
    .select()
    .from(privacyRequests)
    .where(eq(privacyRequests.id, request.id))
    .for('update');
  if (!now || now.closedAt !== null) throw new DomainError('privacy_request_closed', 409);
  const same =
    now.status === request.status &&
    now.dueAt.getTime() === request.dueAt.getTime() &&
    (now.extendedUntil?.getTime() ?? null) === (request.extendedUntil?.getTime() ?? null) &&
    JSON.stringify(now.pauses) === JSON.stringify(request.pauses);
  if (!same) throw new DomainError('privacy_request_changed', 409);
}
