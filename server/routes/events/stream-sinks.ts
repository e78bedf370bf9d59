import type { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../http/app-env.js';
import { CONTENT_SECURITY_POLICY } from '../../http/middleware/security-headers.js';

/** Where an open event stream writes: bytes out, in order, until `closed`. */
export interface StreamSink {
  write(chunk: Uint8Array | string): void;
  /** Resolves when the client went away or `end` was called. */
  closed: Promise<void>;
  end(): void;
}

/**
 * Answers the request with an event stream and runs `follow` on it until the stream closes.
 *
 * Served by Node (production, spawned test servers), the stream writes straight to Node's
 * response: one `write` per message per client. Through Hono's web-stream helper every message
 * to every client passes a TransformStream and a reader loop, which at a thousand phones per
 * incident was most of the fan-out's time. In-process requests (`app.request`, most tests) have
 * no Node response and use the helper, with the same `follow`.
 */
export function answerWithStream(c: Context<AppEnv>, follow: (sink: StreamSink) => Promise<void>) {
  const response = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (response) {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
      'X-Request-Id': c.get('requestId'),
      // What the security-headers middleware would add to an answer that went through Hono.
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    response.flushHeaders();
    let end = () => {};
    const closed = new Promise<void>((resolve) => {
      end = resolve;
      response.once('close', () => resolve());
    });
    void follow({ write: (chunk) => response.write(chunk), closed, end })
      .catch(() => {})
      .finally(() => response.end());
    return RESPONSE_ALREADY_SENT;
  }
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    // Writes are chained so messages leave in order even when the socket is slow.
    let queue = Promise.resolve();
    let end = () => {};
    const closed = new Promise<void>((resolve) => {
      end = resolve;
      stream.onAbort(resolve);
    });
    const write = (chunk: Uint8Array | string) => {
      queue = queue
        .then(() => stream.write(chunk))
        .then(() => {})
        .catch(() => {});
    };
    await follow({ write, closed, end });
    await queue;
  });
}
