import { eq } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Actor } from '../../../policies/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import { addCalendarMonths } from './due-date.js';
import { handledRequest, lockAsRead, refuseIfClosed } from './handled-request.js';
import type { PrivacyRequestContext } from './request-context.js';
import { recordRequestEvent } from './request-store.js';

export interface ExtendInput {
  reason: string;
  /** One or two more months: the law allows at most two (GDPR art. 12(3)). */
  months: 1 | 2;
  ipAddress: string;
}

/**
 * Extends the term once, with its reason, and tells the requester in the same transaction: the
 * notice exists exactly when the extension does. Refused from the first due date on, because the
 * law wants the requester told within the first month (P19).
 */
// @promise P19 an extension records its reason and notifies the requester before the first due date
export async function extendRequest(
  ctx: PrivacyRequestContext,
  actor: Actor,
  id: string,
  input: ExtendInput,
): Promise<void> {
  const request = await handledRequest(ctx.db, actor, id);
  refuseIfClosed(request);
  if (request.extendedUntil) throw new DomainError('privacy_request_already_extended', 409);
  const now = ctx.clock();
  if (now >= request.dueAt) throw new DomainError('privacy_request_extension_too_late', 409);
  const extendedUntil = addCalendarMonths(request.dueAt, input.months);
  await ctx.db.transaction(async (tx) => {
    await lockAsRead(tx, request);
    await tx
      .update(privacyRequests)
      .set({
        status: request.status === 'awaiting_identity' ? 'awaiting_identity' : 'extended',
        extendedUntil,
        extensionReason: input.reason,
        extensionNotifiedAt: now,
        handlerId: actor.userId,
      })
      .where(eq(privacyRequests.id, request.id));
    await enqueueMail(tx, ctx.jobs, {
      organisationId: request.organisationId,
      to: request.requesterEmail,
      template: 'privacy-request-extended',
      language: request.language,
      variables: {
        right: request.right,
        reason: input.reason,
        firstDueAt: request.dueAt.toISOString(),
        extendedUntil: extendedUntil.toISOString(),
      },
    });
    await recordRequestEvent(
      tx,
      request.id,
      'extended',
      actor.userId,
      { reason: input.reason, until: extendedUntil.toISOString(), notified: true },
      now,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'privacy_request.extended',
      targetType: 'privacy_request',
      targetId: request.id,
      ipAddress: input.ipAddress,
      details: { until: extendedUntil.toISOString() },
    });
  });
}
