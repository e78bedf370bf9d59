export interface SseMessage {
  id: string;
  event: string;
  data: string;
}

export interface SseConnection {
  messages: SseMessage[];
  /** Resolves when at least `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<SseMessage[]>;
  close(): void;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
}

/** A minimal EventSource for tests: fetch with a streamed body, parsed per the SSE format. */
export async function connectSse(
  url: string,
  headers: Record<string, string>,
  /** The in-process app's `request` instead of the network, for tests without a port. */
  fetcher: (url: string, init: RequestInit) => Promise<Response> = fetch,
): Promise<SseConnection> {
  const controller = new AbortController();
  const response = await fetcher(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`SSE refused: ${response.status} ${await response.text()}`);
  const messages: SseMessage[] = [];
  const waiters: (() => void)[] = [];
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: SseMessage = { id: '', event: 'message', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) message.id = line.slice(4);
            else if (line.startsWith('event: ')) message.event = line.slice(7);
            else if (line.startsWith('data: ')) message.data += line.slice(6);
          }
          if (message.id || message.data) messages.push(message);
          for (const wake of waiters.splice(0)) wake();
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    messages,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `expected ${count} SSE messages, got ${messages.length}: ${JSON.stringify(messages)}`,
              ),
            ),
          timeoutMs,
        );
        const check = () => {
          if (messages.length >= count) {
            clearTimeout(timer);
            resolve(messages);
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () => controller.abort(),
    ended,
  };
}
