import { useEffect, useRef, useState } from 'react';
import { type LiveStatus, LiveStream } from '../incidents/live-stream';

// Several changes in a row (a visitor typing fast) make one request.
const SETTLE_MS = 200;

/**
 * Calls `onChange` when a website conversation changed, through the platform's live stream (the
 * topic `site-chat` of the operator's organisation carries ids and versions only), and when the
 * stream came back without being able to replay what it missed.
 */
export function useSiteChatUpdates(onChange: (conversationId: string | undefined) => void): LiveStatus {
  const latest = useRef(onChange);
  latest.current = onChange;
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    const timers = new Map<string, number>();
    const changed = (conversationId: string | undefined) => {
      const key = conversationId ?? '*';
      window.clearTimeout(timers.get(key));
      timers.set(
        key,
        window.setTimeout(() => latest.current(conversationId), SETTLE_MS),
      );
    };
    const live = new LiveStream({
      topics: ['site-chat'],
      types: ['site_chat.changed'],
      onEvent: (_type, payload) => {
        const id = (payload as { conversationId?: unknown } | undefined)?.conversationId;
        changed(typeof id === 'string' ? id : undefined);
      },
      onStatus: setStatus,
      onResync: () => changed(undefined),
    });
    live.start();
    return () => {
      for (const timer of timers.values()) window.clearTimeout(timer);
      live.stop();
    };
  }, []);
  return status;
}
