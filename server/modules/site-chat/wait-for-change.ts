import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import type { EventHub } from '../../events/event-hub.js';
import { SITE_CHAT_TOPIC } from './conversation-store.js';

/** How long a visitor's request waits for news before answering "nothing new" (under common proxy timeouts). */
export const LONG_POLL_MS = 25_000;

/**
 * Waits until the conversation changes, the time is up, or the client goes away: a long-poll for
 * the visitor's widget, which has no session for the live stream. It listens on this instance's
 * event hub (so a change made on another instance arrives through LISTEN/NOTIFY too), then checks
 * once whether the change already happened, so nothing between reading and listening is missed.
 */
export async function waitForChange(
  db: Database,
  hub: EventHub,
  options: {
    conversationId: string;
    hasChanged: () => Promise<boolean>;
    timeoutMs: number;
    signal?: AbortSignal;
  },
): Promise<void> {
  const [operator] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isOperator, true))
    .limit(1);
  let wake = () => {};
  const woken = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const disconnect = operator
    ? await hub.connect({
        organisationId: operator.id,
        topics: new Set([SITE_CHAT_TOPIC]),
        mayReceive: (event) => event.payload.conversationId === options.conversationId,
        send: () => wake(),
        close: () => wake(),
      })
    : () => {};
  const timer = setTimeout(() => wake(), options.timeoutMs);
  options.signal?.addEventListener('abort', () => wake(), { once: true });
  try {
    if (await options.hasChanged()) return;
    await woken;
  } finally {
    clearTimeout(timer);
    disconnect();
  }
}
