import { uuidv7 } from '../../db/ids.js';
import { siteChatMessages } from '../../db/schema/site-chat.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { changeConversation, lockConversation, messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { requireChatStaff } from './staff-access.js';
import { presentToStaff, type StaffConversation } from './staff-view.js';

/** A staff member's answer; the visitor no longer waits. */
export async function replyToVisitor(
  ctx: SiteChatContext,
  actor: Actor,
  id: string,
  input: { message: string; ipAddress: string },
): Promise<StaffConversation> {
  await requireChatStaff(ctx.db, actor);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, id);
    if (conversation.status === 'resolved') throw new DomainError('site_chat_closed', 409);
    await tx.insert(siteChatMessages).values({
      id: uuidv7(now.getTime()),
      conversationId: id,
      author: 'staff',
      staffUserId: actor.userId,
      body: input.message.trim(),
      createdAt: now,
    });
    const changed = await changeConversation(tx, conversation, { waitingSince: null }, now);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'site_chat.replied',
      targetType: 'site_chat_conversation',
      targetId: id,
      ipAddress: input.ipAddress,
    });
    return presentToStaff(changed, await messagesOf(tx, id));
  });
}
