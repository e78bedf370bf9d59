/** Whether live updates flow: `connecting` covers the first connection and every reconnection. */
export type LiveStatus = 'open' | 'connecting';

export interface LiveStreamOptions {
  /** Topics for GET /api/events, e.g. `incidents` or `incident:<id>`. */
  topics: readonly string[];
  /** Event types to hear from the start; `listen` adds more later. */
  types: Iterable<string>;
  onEvent(type: string, payload: unknown): void;
  onStatus(status: LiveStatus): void;
  /**
   * The stream (re)opened with nothing to replay from: events may have passed unseen, so what
   * was loaded before may be stale. With a known event id the server replays instead.
   */
  onResync(): void;
}

// After a refused or broken stream the browser gives up; we try again, less often each time.
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

function payloadOf(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null && 'payload' in message
      ? message.payload
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One EventSource on /api/events. The browser reconnects by itself and sends Last-Event-ID, so the
 * server replays exactly what was missed. When the browser gives up (CLOSED: the server refused or
 * the network was gone too long), a new EventSource cannot set that header, so the last seen id
 * goes in the `lastEventId` query parameter instead: again nothing is missed or repeated.
 */
export class LiveStream {
  private source: EventSource | undefined;
  private lastEventId: string | undefined;
  private readonly types: Set<string>;
  private retries = 0;
  private retryTimer: number | undefined;
  private stopped = true;

  constructor(private readonly options: LiveStreamOptions) {
    this.types = new Set(options.types);
  }

  start(): void {
    this.stopped = false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisible);
    window.clearTimeout(this.retryTimer);
    this.source?.close();
    this.source = undefined;
  }

  /** Hears one more event type (EventSource has no listener for "every named event"). */
  listen(type: string): void {
    if (this.types.has(type)) return;
    this.types.add(type);
    this.source?.addEventListener(type, this.onMessage);
  }

  private connect(): void {
    window.clearTimeout(this.retryTimer);
    this.source?.close();
    const query = new URLSearchParams({ topics: this.options.topics.join(',') });
    if (this.lastEventId !== undefined) query.set('lastEventId', this.lastEventId);
    const source = new EventSource(`/api/events?${query}`);
    this.source = source;
    for (const type of this.types) source.addEventListener(type, this.onMessage);
    source.onopen = () => {
      if (this.source !== source) return;
      this.retries = 0;
      this.options.onStatus('open');
      if (this.lastEventId === undefined) this.options.onResync();
    };
    source.onerror = () => {
      if (this.source !== source) return;
      this.options.onStatus('connecting');
      if (source.readyState === EventSource.CLOSED) this.retryLater();
    };
  }

  private retryLater(): void {
    if (this.stopped) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
    this.retries += 1;
    window.clearTimeout(this.retryTimer);
    // A little jitter, so a room full of phones does not come back in the same millisecond.
    this.retryTimer = window.setTimeout(() => this.connect(), delay + Math.random() * 500);
  }

  private readonly onMessage = (event: Event) => {
    if (!(event instanceof MessageEvent)) return;
    if (event.lastEventId) this.lastEventId = event.lastEventId;
    this.options.onEvent(event.type, payloadOf(event.data));
  };

  // Back online: reconnect now rather than when the browser's or our own timer says so. A stream
  // that looks open may be dead after the network changed; the replay makes a fresh one cost nothing.
  private readonly onOnline = () => {
    if (this.stopped) return;
    this.retries = 0;
    this.connect();
  };

  private readonly onOffline = () => {
    if (!this.stopped) this.options.onStatus('connecting');
  };

  // A phone that slept may have let the browser give up; look again when the page is seen.
  private readonly onVisible = () => {
    if (this.stopped || document.visibilityState !== 'visible') return;
    if (this.source?.readyState === EventSource.CLOSED) {
      this.retries = 0;
      this.connect();
    }
  };
}
