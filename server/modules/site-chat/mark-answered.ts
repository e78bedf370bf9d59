import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { SITE_CHAT_CONFIRM_DAYS, unansweredDeadline } from './chat-retention.js';
import { changeConversation, lockConversation, messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { requireChatStaff } from './staff-access.js';
import { presentToStaff, type StaffConversation } from './staff-view.js';

/**
 * Staff think the question is answered: the visitor is asked "is your question answered?". Without
 * an answer within SITE_CHAT_CONFIRM_DAYS the conversation counts as resolved and is purged at the
 * next retention run; that deadline is set now.
 */
// @promise P9 a conversation marked answered is purged when the visitor does not answer within SITE_CHAT_CONFIRM_DAYS
export async function markAnswered(
  ctx: SiteChatContext,
  actor: Actor,
  id: string,
  ipAddress: string,
): Promise<StaffConversation> {
  await requireChatStaff(ctx.db, actor);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, id);
    if (conversation.status !== 'open') throw new DomainError('site_chat_not_open', 409);
    const changed = await changeConversation(
      tx,
      conversation,
      {
        status: 'answered',
        answeredAt: now,
        satisfied: null,
        waitingSince: null,
        purgeAfter: unansweredDeadline(conversation.createdAt, now),
      },
      now,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'site_chat.marked_answered',
      targetType: 'site_chat_conversation',
      targetId: id,
      ipAddress,
      details: { confirmDays: SITE_CHAT_CONFIRM_DAYS },
    });
    return presentToStaff(changed, await messagesOf(tx, id));
  });
}
