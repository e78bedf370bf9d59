import { and, asc, eq, gt, inArray, max } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { events } from '../db/schema/events.js';
import type { EventBus } from './event-bus.js';

export interface StreamedEvent {
  id: number;
  organisationId: string | null;
  topic: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export interface HubClient {
  organisationId: string;
  topics: ReadonlySet<string>;
  /** Decides per event (the policy); the hub only matches organisation and topic. */
  mayReceive(event: StreamedEvent): boolean;
  send(event: StreamedEvent): void;
  /** Called when the hub stops (shutdown), so the stream ends instead of holding the server open. */
  close(): void;
}

const BATCH_SIZE = 500;
const REPLAY_PAGE_SIZE = 1000;
// A safety net: if a notification is ever lost (listener reconnect), the next poll catches up.
const POLL_INTERVAL_MS = 5_000;

/**
 * Fans committed events out to this instance's connected SSE clients. One cursor per instance:
 * on every notification it reads the rows after the cursor in id order, so each event is read
 * once per instance however many clients are connected.
 */
export class EventHub {
  private cursor = 0;
  private readonly clients = new Set<HubClient>();
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
  ) {}

  async start(): Promise<void> {
    const [row] = await this.db.select({ last: max(events.id) }).from(events);
    this.cursor = Number(row?.last ?? 0);
    this.unsubscribe = this.bus.onCommitted(() => this.drain());
    this.timer = setInterval(() => this.drain(), POLL_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    clearInterval(this.timer);
    await this.draining;
    for (const client of this.clients) client.close();
    this.clients.clear();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /**
   * Connects a client. With `lastEventId` it first gets what it missed, then the live stream,
   * with no gap and no duplicate: live events are held back until the replay is sent.
   */
  async connect(client: HubClient, lastEventId?: number): Promise<() => void> {
    if (lastEventId === undefined) {
      this.clients.add(client);
      return () => this.clients.delete(client);
    }
    const held: StreamedEvent[] = [];
    const holding: HubClient = { ...client, send: (event) => held.push(event) };
    this.clients.add(holding);
    let lastSent = lastEventId;
    try {
      // Page through what was missed, so a long absence does not leave a gap before the live events.
      for (;;) {
        const missed = await this.db
          .select()
          .from(events)
          .where(
            and(
              gt(events.id, lastSent),
              eq(events.organisationId, client.organisationId),
              inArray(events.topic, [...client.topics]),
            ),
          )
          .orderBy(asc(events.id))
          .limit(REPLAY_PAGE_SIZE);
        for (const event of missed) {
          if (client.mayReceive(event)) client.send(event);
          lastSent = event.id;
        }
        if (missed.length < REPLAY_PAGE_SIZE) break;
      }
    } finally {
      this.clients.delete(holding);
    }
    // The drain that announced the last replayed event may still be on its way: let nothing at or
    // below what the replay sent through twice.
    const live: HubClient = { ...client, send: (event) => event.id > lastSent && client.send(event) };
    this.clients.add(live);
    for (const event of held) live.send(event);
    return () => this.clients.delete(live);
  }

  /** Reads everything committed after the cursor; concurrent calls coalesce into one more pass. */
  drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.drainAgain = false;
          await this.readNewEvents();
        } while (this.drainAgain);
      } catch {
        // The next notification or poll retries from the same cursor; nothing is skipped.
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const batch = await this.db
        .select()
        .from(events)
        .where(gt(events.id, this.cursor))
        .orderBy(asc(events.id))
        .limit(BATCH_SIZE);
      for (const event of batch) {
        this.cursor = event.id;
        this.dispatch(event);
      }
      if (batch.length < BATCH_SIZE) return;
    }
  }

  private dispatch(event: StreamedEvent): void {
    for (const client of this.clients) {
      if (client.organisationId !== event.organisationId || !client.topics.has(event.topic)) continue;
      if (client.mayReceive(event)) client.send(event);
    }
  }
}
