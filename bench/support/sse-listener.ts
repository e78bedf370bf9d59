import http from 'node:http';

export interface SseListener {
  close(): void;
}

/**
 * A lean Server-Sent Events client on node:http (no fetch streams), so a thousand of them in one
 * process measure the server rather than the client. Calls `onMessage` with the receipt time of
 * every complete message.
 */
export function listenSse(
  url: string,
  headers: Record<string, string>,
  onMessage: (message: { id: string; event: string; data: string }, receivedAt: number) => void,
): Promise<SseListener> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { Accept: 'text/event-stream', ...headers }, agent: false },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`SSE refused with ${response.statusCode}`));
          response.resume();
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          const receivedAt = performance.now();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const message = { id: '', event: 'message', data: '' };
            for (const line of block.split('\n')) {
              if (line.startsWith('id: ')) message.id = line.slice(4);
              else if (line.startsWith('event: ')) message.event = line.slice(7);
              else if (line.startsWith('data: ')) message.data += line.slice(6);
            }
            if (message.data) onMessage(message, receivedAt);
            end = buffer.indexOf('\n\n');
          }
        });
        response.on('error', () => {});
        resolve({ close: () => request.destroy() });
      },
    );
    request.on('error', reject);
  });
}
