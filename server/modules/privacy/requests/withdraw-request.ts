import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../../db/database.js';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Actor } from '../../../policies/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, notFound } from '../../domain-error.js';
import type { PrivacyRequestContext } from './request-context.js';
import { deleteIdCopies, findRequest, type PrivacyRequestRow, recordRequestEvent } from './request-store.js';

/**
 * The link in the e-mail that confirms a public request: the request's id signed with the
 * platform secret, so it works without a stored token for as long as the request is open.
 */
export function withdrawToken(secretKey: Buffer, requestId: string): string {
  const signature = createHmac('sha256', secretKey)
    .update(`privacy-request-withdraw:${requestId}`)
    .digest('base64url');
  return `${requestId}.${signature}`;
}

function requestIdOf(secretKey: Buffer, token: string): string | undefined {
  const [id, signature] = token.split('.');
  if (!id || !signature) return undefined;
  const expected = Buffer.from(withdrawToken(secretKey, id));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
}

/**
 * Closes an open request as withdrawn by its requester (P17): the ID copy goes at once, the
 * history says who withdrew it, and the handler's queue shows it as withdrawn.
 */
async function withdraw(
  tx: Transaction,
  request: PrivacyRequestRow,
  actorUserId: string | null,
  now: Date,
  ipAddress: string,
): Promise<void> {
  const [current] = await tx
    .select()
    .from(privacyRequests)
    .where(eq(privacyRequests.id, request.id))
    .for('update');
  if (!current || current.closedAt !== null) throw new DomainError('privacy_request_not_withdrawable', 409);
  await deleteIdCopies(tx, current.id, now);
  await tx
    .update(privacyRequests)
    .set({
      status: 'withdrawn',
      closedAt: now,
      pauses: current.pauses.map((pause) =>
        pause.endedAt === null ? { ...pause, endedAt: now.toISOString() } : pause,
      ),
    })
    .where(eq(privacyRequests.id, current.id));
  await recordRequestEvent(tx, current.id, 'withdrawn', actorUserId, {}, now);
  await recordAudit(tx, {
    organisationId: current.organisationId,
    actorUserId,
    action: 'privacy_request.withdrawn',
    targetType: 'privacy_request',
    targetId: current.id,
    ipAddress,
    details: { right: current.right },
  });
}

/** The signed-in requester withdraws their own request; anyone else gets a 404. */
// @promise P17 a requester can withdraw their own open request; its ID copy is deleted at once
export async function withdrawOwnRequest(
  ctx: PrivacyRequestContext,
  actor: Actor,
  id: string,
  ipAddress: string,
): Promise<void> {
  const request = await findRequest(ctx.db, id);
  if (!request || request.userId !== actor.userId) throw notFound();
  await ctx.db.transaction((tx) => withdraw(tx, request, actor.userId, ctx.clock(), ipAddress));
}

/** A requester without an account withdraws through the signed link from their e-mail. */
export async function withdrawPublicRequest(
  ctx: PrivacyRequestContext,
  token: string,
  ipAddress: string,
): Promise<void> {
  const id = requestIdOf(ctx.secretKey, token);
  const request = id ? await findRequest(ctx.db, id) : undefined;
  if (!request) throw new DomainError('privacy_request_link_invalid', 410);
  await ctx.db.transaction((tx) => withdraw(tx, request, null, ctx.clock(), ipAddress));
}
