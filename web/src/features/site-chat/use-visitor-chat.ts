import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-client';
import { forgetChatToken, readChatToken, storeChatToken } from './chat-token-store';
import { readConversation, startConversation, type VisitorConversation } from './site-chat-api';

// After a failed wait the next one starts later, so a server that is down is not hammered.
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

export type ChatState =
  | { kind: 'none' }
  | { kind: 'loading'; token: string }
  | { kind: 'active'; token: string; conversation: VisitorConversation }
  | { kind: 'gone' };

/**
 * The visitor's conversation: read back from the stored token, kept up to date by long-polling
 * (the server answers when something changed, or after 25 seconds with nothing new), and started
 * by the first message, which is the first moment anything is stored in the browser.
 */
export function useVisitorChat() {
  const [state, setState] = useState<ChatState>(() => {
    const token = readChatToken();
    return token ? { kind: 'loading', token } : { kind: 'none' };
  });
  const token = state.kind === 'loading' || state.kind === 'active' ? state.token : undefined;
  const version = useRef<number | undefined>(undefined);

  const show = useCallback((current: string, conversation: VisitorConversation) => {
    version.current = conversation.version;
    setState({ kind: 'active', token: current, conversation });
  }, []);

  const lose = useCallback(() => {
    forgetChatToken();
    version.current = undefined;
    setState({ kind: 'gone' });
  }, []);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    let failures = 0;
    void (async () => {
      while (!controller.signal.aborted) {
        try {
          const conversation = await readConversation(token, version.current, controller.signal);
          failures = 0;
          show(token, conversation);
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof ApiError && error.status === 404) {
            lose();
            return;
          }
          const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
          failures++;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    })();
    return () => controller.abort();
  }, [token, show, lose]);

  const start = useCallback(
    async (message: string) => {
      const started = await startConversation(message);
      storeChatToken(started.token);
      show(started.token, started.conversation);
    },
    [show],
  );

  /** Forgets the conversation here (after ending it, or to start afresh once it is resolved). */
  const reset = useCallback(() => {
    forgetChatToken();
    version.current = undefined;
    setState({ kind: 'none' });
  }, []);

  return { state, start, show, lose, reset };
}
