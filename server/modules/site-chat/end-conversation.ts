import { eq } from 'drizzle-orm';
import { siteChatConversations } from '../../db/schema/site-chat.js';
import { announceChange, conversationOfToken } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';

/**
 * The visitor ends the conversation and deletes it at once: the row goes, its messages and contact
 * details with it (ON DELETE CASCADE). Open inbox screens hear that it is gone.
 */
// @promise P9 the visitor can end and delete their conversation at once
export async function endConversation(ctx: SiteChatContext, token: string): Promise<void> {
  const found = await conversationOfToken(ctx.db, token);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(siteChatConversations).where(eq(siteChatConversations.id, found.id));
    await announceChange(tx, found.id, null);
  });
}
