import type { SiteChatContactField } from '../../db/schema/site-chat.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { changeConversation, lockConversation, messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { requireChatStaff } from './staff-access.js';
import { presentToStaff, type StaffConversation } from './staff-view.js';

/**
 * Staff ask for contact details in a structured way (P9): which of name, e-mail address and company,
 * and why. The visitor sees a small form with exactly those fields, each optional. Asking again
 * replaces an unanswered request; details given before stay.
 */
// @promise P9 staff ask for name, e-mail and company by ticking which they need and saying why
export async function askContactDetails(
  ctx: SiteChatContext,
  actor: Actor,
  id: string,
  input: { fields: SiteChatContactField[]; reason: string; ipAddress: string },
): Promise<StaffConversation> {
  await requireChatStaff(ctx.db, actor);
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, id);
    if (conversation.status === 'resolved') throw new DomainError('site_chat_closed', 409);
    const fields = [...new Set(input.fields)];
    const changed = await changeConversation(
      tx,
      conversation,
      {
        contactRequest: { fields, reason: input.reason.trim(), askedAt: now.toISOString() },
        contactAnsweredAt: null,
      },
      now,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'site_chat.contact_requested',
      targetType: 'site_chat_conversation',
      targetId: id,
      ipAddress: input.ipAddress,
      details: { fields },
    });
    return presentToStaff(changed, await messagesOf(tx, id));
  });
}
