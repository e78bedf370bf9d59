import { DomainError } from '../domain-error.js';
import { maxAgeDeadline } from './chat-retention.js';
import {
  changeConversation,
  conversationOfToken,
  lockConversation,
  messagesOf,
} from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { presentToVisitor, type VisitorConversation } from './visitor-view.js';

/**
 * The visitor's answer to "is your question answered?". Yes resolves the conversation, and its
 * personal data goes at the next retention run; no opens it again for staff, kept at most until
 * its maximum age.
 */
// @promise P9 kept until the visitor is satisfied: yes resolves the conversation and schedules its purge for the next run
export async function answerSatisfaction(
  ctx: SiteChatContext,
  token: string,
  satisfied: boolean,
): Promise<VisitorConversation> {
  const now = ctx.clock();
  const found = await conversationOfToken(ctx.db, token);
  return ctx.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, found.id);
    if (conversation.status !== 'answered') throw new DomainError('site_chat_not_asked', 409);
    const changed = await changeConversation(
      tx,
      conversation,
      satisfied
        ? { status: 'resolved', satisfied: true, resolvedAt: now, waitingSince: null, purgeAfter: now }
        : {
            status: 'open',
            satisfied: false,
            answeredAt: null,
            waitingSince: now,
            purgeAfter: maxAgeDeadline(conversation.createdAt),
          },
      now,
    );
    return presentToVisitor(changed, await messagesOf(tx, changed.id));
  });
}
