import type { EventHub } from '../../events/event-hub.js';
import { conversationOfToken, messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { presentToVisitor, type VisitorConversation } from './visitor-view.js';
import { LONG_POLL_MS, waitForChange } from './wait-for-change.js';

/**
 * The visitor's conversation, read back after a reload. With `afterVersion` the answer waits
 * (long-poll) until there is something newer than that version, or LONG_POLL_MS have passed.
 * Only the token opens it: a conversation id alone reads nothing.
 */
// @promise P9 only the visitor's own token reads their conversation; they can read it back after a reload
export async function readVisitorConversation(
  ctx: SiteChatContext & { hub: EventHub },
  token: string,
  options: { afterVersion?: number; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<VisitorConversation> {
  let conversation = await conversationOfToken(ctx.db, token);
  const after = options.afterVersion;
  if (after !== undefined && conversation.version <= after) {
    await waitForChange(ctx.db, ctx.hub, {
      conversationId: conversation.id,
      timeoutMs: options.timeoutMs ?? LONG_POLL_MS,
      ...(options.signal ? { signal: options.signal } : {}),
      // Deleted meanwhile counts as changed: the read below then answers 404.
      hasChanged: async () => {
        const current = await conversationOfToken(ctx.db, token).catch(() => undefined);
        return !current || current.version > after;
      },
    });
    conversation = await conversationOfToken(ctx.db, token);
  }
  return presentToVisitor(conversation, await messagesOf(ctx.db, conversation.id));
}
