import { eq } from 'drizzle-orm';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Actor } from '../../../policies/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import { dueDateAfterPause } from './due-date.js';
import { handledRequest, lockAsRead, refuseIfClosed } from './handled-request.js';
import type { PrivacyRequestContext } from './request-context.js';
import { deleteIdCopies, recordRequestEvent } from './request-store.js';

/**
 * The handler has checked the ID copy: the identity is established, the copy is deleted at once
 * (P18), the pause ends and the due date moves on by the time the request waited (P19).
 */
export async function verifyIdentity(
  ctx: PrivacyRequestContext,
  actor: Actor,
  id: string,
  ipAddress: string,
): Promise<void> {
  const request = await handledRequest(ctx.db, actor, id);
  refuseIfClosed(request);
  if (request.status !== 'awaiting_identity')
    throw new DomainError('privacy_request_not_awaiting_identity', 409);
  const now = ctx.clock();
  const open = request.pauses.find((pause) => pause.endedAt === null);
  const startedAt = open ? new Date(open.startedAt) : now;
  await ctx.db.transaction(async (tx) => {
    await lockAsRead(tx, request);
    await deleteIdCopies(tx, request.id, now);
    await tx
      .update(privacyRequests)
      .set({
        status: request.extendedUntil ? 'extended' : 'open',
        identityMethod: 'id-document',
        identityVerifiedAt: now,
        handlerId: actor.userId,
        dueAt: dueDateAfterPause(request.dueAt, startedAt, now),
        extendedUntil: request.extendedUntil && dueDateAfterPause(request.extendedUntil, startedAt, now),
        pauses: request.pauses.map((pause) =>
          pause.endedAt === null ? { ...pause, endedAt: now.toISOString() } : pause,
        ),
      })
      .where(eq(privacyRequests.id, request.id));
    await recordRequestEvent(
      tx,
      request.id,
      'identity_verified',
      actor.userId,
      { method: 'id-document' },
      now,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'privacy_request.identity_verified',
      targetType: 'privacy_request',
      targetId: request.id,
      ipAddress,
    });
  });
}
