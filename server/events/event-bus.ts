import type { DatabaseHandle } from '../db/database.js';

export const EVENTS_CHANNEL = 'baken_events';

/**
 * Tells this instance that events were committed. The events table's trigger NOTIFYs at commit;
 * on PostgreSQL every instance hears it over its LISTEN connection, on PGlite the notification
 * stays inside the process. Either way the bus carries ids only; readers load rows themselves.
 */
export interface EventBus {
  onCommitted(listener: (eventId: number) => void): () => void;
  close(): Promise<void>;
}

export async function createEventBus(handle: DatabaseHandle): Promise<EventBus> {
  const listeners = new Set<(eventId: number) => void>();
  const unlisten = await handle.listen(EVENTS_CHANNEL, (payload) => {
    const eventId = Number(payload);
    if (!Number.isSafeInteger(eventId)) return;
    for (const listener of listeners) listener(eventId);
  });
  return {
    onCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await unlisten().catch(() => {});
    },
  };
}
