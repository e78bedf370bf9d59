import http from 'node:http';
import https from 'node:https';

/** What a push service answered to one message (RFC 8030 §5). */
export interface PushServiceAnswer {
  status: number;
  /** The message's URL at the push service; our id for it. */
  location: string | null;
}

/**
 * POSTs encrypted messages to push services over kept-alive connections. web-push's own
 * sendNotification always speaks HTTPS and opens a connection per message; at thousands of
 * messages to the same few push services, reusing connections is most of the speed, and the
 * local push service of the tests speaks plain HTTP.
 */
export function createPushTransport(options: { timeoutMs: number; maxSocketsPerOrigin?: number }) {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSocketsPerOrigin ?? 64 };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  function attempt(url: URL, headers: Record<string, string | number>, body: Buffer) {
    const secure = url.protocol === 'https:';
    return new Promise<PushServiceAnswer>((resolve, reject) => {
      const request = (secure ? https : http).request(
        url,
        { method: 'POST', headers, agent: secure ? agents.https : agents.http, timeout: options.timeoutMs },
        (response) => {
          // The body (an error text at most) is not needed, but must be read to free the connection.
          response.resume();
          response.on('end', () => {
            const location = response.headers.location;
            resolve({ status: response.statusCode ?? 0, location: location ?? null });
          });
          response.on('error', reject);
        },
      );
      request.on('timeout', () =>
        request.destroy(new Error(`push service did not answer in ${options.timeoutMs} ms`)),
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        Object.assign(error, { reusedSocket: request.reusedSocket });
        reject(error);
      });
      request.end(body);
    });
  }

  return {
    async post(endpoint: string, headers: Record<string, string | number>, body: Buffer) {
      const url = new URL(endpoint);
      try {
        return await attempt(url, headers, body);
      } catch (error) {
        // A kept-alive connection the push service closed just as we reused it (Node's documented
        // remedy): the message did not get through, and if it somehow did, the same Topic header
        // makes the push service replace it rather than deliver two.
        const failure = error as NodeJS.ErrnoException & { reusedSocket?: boolean };
        if (failure.reusedSocket && failure.code === 'ECONNRESET') return attempt(url, headers, body);
        throw error;
      }
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

export type PushTransport = ReturnType<typeof createPushTransport>;
