import { uuidv7 } from '../../db/ids.js';
import { siteChatConversations, siteChatMessages } from '../../db/schema/site-chat.js';
import type { Language } from '../../i18n/language.js';
import { limitChatStarts } from './chat-rate-limit.js';
import { maxAgeDeadline } from './chat-retention.js';
import { announceChange, messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { hashVisitorToken, newVisitorToken } from './visitor-token.js';
import { presentToVisitor, type VisitorConversation } from './visitor-view.js';

export interface StartInput {
  message: string;
  language: Language;
  ipAddress: string;
}

/**
 * A visitor's first message starts a conversation (P9): nothing exists before it, not even in the
 * browser. The token goes back to the visitor once; the database keeps its hash only. The address
 * of origin counts towards the rate limit (as a hash) and is not stored with the conversation.
 */
// @promise P9 a conversation starts with the visitor's first message; only the token's SHA-256 is stored
export async function startConversation(
  ctx: SiteChatContext,
  input: StartInput,
): Promise<{ token: string; conversation: VisitorConversation }> {
  const now = ctx.clock();
  await limitChatStarts(ctx.db, input.ipAddress, now);
  const token = newVisitorToken();
  const id = uuidv7(now.getTime());
  return ctx.db.transaction(async (tx) => {
    const [conversation] = await tx
      .insert(siteChatConversations)
      .values({
        id,
        tokenHash: hashVisitorToken(token),
        language: input.language,
        status: 'open',
        waitingSince: now,
        purgeAfter: maxAgeDeadline(now),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!conversation) throw new Error('conversation insert returned no row');
    await tx.insert(siteChatMessages).values({
      id: uuidv7(now.getTime()),
      conversationId: id,
      author: 'visitor',
      body: input.message.trim(),
      createdAt: now,
    });
    await announceChange(tx, id, conversation.version);
    return { token, conversation: presentToVisitor(conversation, await messagesOf(tx, id)) };
  });
}
