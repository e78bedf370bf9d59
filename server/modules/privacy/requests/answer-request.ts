import { eq } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Actor } from '../../../policies/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { objectOnRequest } from '../../statistics/usage-objection.js';
import { readControllerDetails } from '../statement/controller-details.js';
import { handledRequest, lockAsRead, refuseIfClosed } from './handled-request.js';
import type { PrivacyRequestContext } from './request-context.js';
import { deleteIdCopies, recordRequestEvent } from './request-store.js';

export interface AnswerInput {
  outcome: 'answered' | 'rejected';
  answer: string;
  ipAddress: string;
}

/**
 * Closes a request with the handler's answer. The e-mail always names the right to complain to
 * the Autoriteit Persoonsgegevens and the controller's details (P20, P21); an access or
 * portability request of a person with an account links to their report (the access module).
 * Erasure and restriction are carried out elsewhere; this records the decision and the answer.
 */
export async function answerRequest(
  ctx: PrivacyRequestContext,
  actor: Actor,
  id: string,
  input: AnswerInput,
): Promise<void> {
  const request = await handledRequest(ctx.db, actor, id);
  refuseIfClosed(request);
  const now = ctx.clock();
  const controller = await readControllerDetails(ctx.db);
  const linksReport =
    input.outcome === 'answered' &&
    request.userId !== null &&
    (request.right === 'access' || request.right === 'portability');
  await ctx.db.transaction(async (tx) => {
    await lockAsRead(tx, request);
    await deleteIdCopies(tx, request.id, now);
    await tx
      .update(privacyRequests)
      .set({
        status: input.outcome,
        answer: input.answer,
        closedAt: now,
        handlerId: actor.userId,
        pauses: request.pauses.map((pause) =>
          pause.endedAt === null ? { ...pause, endedAt: now.toISOString() } : pause,
        ),
      })
      .where(eq(privacyRequests.id, request.id));
    // @promise P10 an answered objection request sets the objection to usage statistics for the requester's account
    if (input.outcome === 'answered' && request.right === 'objection' && request.userId !== null)
      await objectOnRequest(tx, {
        userId: request.userId,
        handlerId: actor.userId,
        requestId: request.id,
        at: now,
        ipAddress: input.ipAddress,
      });
    await enqueueMail(tx, ctx.jobs, {
      organisationId: request.organisationId,
      to: request.requesterEmail,
      template: 'privacy-request-answer',
      language: request.language,
      variables: {
        right: request.right,
        outcome: input.outcome,
        answer: input.answer,
        controller,
        ...(linksReport ? { reportUrl: `${ctx.publicUrl}/my-data` } : {}),
      },
    });
    await recordRequestEvent(tx, request.id, input.outcome, actor.userId, { answer: input.answer }, now);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'privacy_request.answered',
      targetType: 'privacy_request',
      targetId: request.id,
      ipAddress: input.ipAddress,
      details: { outcome: input.outcome, right: request.right },
    });
  });
}
