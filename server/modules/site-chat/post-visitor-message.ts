import { uuidv7 } from '../../db/ids.js';
import { siteChatMessages } from '../../db/schema/site-chat.js';
import { DomainError } from '../domain-error.js';
import { limitChatMessages } from './chat-rate-limit.js';
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
 * A further message from the visitor. Writing again after staff marked the question answered
 * means it is not answered yet: the conversation opens again and the satisfaction deadline goes.
 * A resolved conversation takes no more messages; the visitor starts a new one.
 */
export async function postVisitorMessage(
  ctx: SiteChatContext,
  token: string,
  input: { message: string; ipAddress: string },
): Promise<VisitorConversation> {
  const now = ctx.clock();
  const found = await conversationOfToken(ctx.db, token);
  if (found.status === 'resolved') throw new DomainError('site_chat_closed', 409);
  await limitChatMessages(ctx.db, input.ipAddress, found.id, now);
  return ctx.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, found.id);
    if (conversation.status === 'resolved') throw new DomainError('site_chat_closed', 409);
    await tx.insert(siteChatMessages).values({
      id: uuidv7(now.getTime()),
      conversationId: conversation.id,
      author: 'visitor',
      body: input.message.trim(),
      createdAt: now,
    });
    const changed = await changeConversation(
      tx,
      conversation,
      {
        waitingSince: conversation.waitingSince ?? now,
        ...(conversation.status === 'answered'
          ? { status: 'open', answeredAt: null, purgeAfter: maxAgeDeadline(conversation.createdAt) }
          : {}),
      },
      now,
    );
    return presentToVisitor(changed, await messagesOf(tx, changed.id));
  });
}
