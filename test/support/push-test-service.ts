import { createECDH, createPublicKey, type ECDH, randomBytes, randomUUID, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';
import type { PushAlertPayload } from '../../server/channels/push/push-payload.js';

/** One message the push service accepted. */
export interface ReceivedPushMessage {
  endpoint: string;
  headers: IncomingHttpHeaders;
  /** Decrypted, as the subscription's browser would, on first read; throws if that fails. */
  readonly payload: PushAlertPayload;
}

/** A request the service refused, and why: tests assert there are none, and read them when they fail. */
export interface RefusedPushRequest {
  endpoint: string;
  status: number;
  reason: string;
}

/** `PushSubscription.toJSON()` without the expiration: what a page sends to Baken. */
export interface TestPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushTestService {
  origin: string;
  /**
   * A new subscription as a browser makes one: a P-256 key pair and a 16-byte auth secret, the
   * private parts kept here. With `applicationServerKey`, a message signed with another VAPID key
   * is refused with 403, as real push services do.
   */
  subscribe(options?: { applicationServerKey?: string }): Promise<TestPushSubscription>;
  received: ReceivedPushMessage[];
  refused: RefusedPushRequest[];
  /** From now on this endpoint answers 410 Gone: the browser unsubscribed or was reset. */
  markGone(endpoint: string): void;
  /** From now on this endpoint answers 503: the push service has trouble (retry later). */
  markUnavailable(endpoint: string): void;
  /** Requests get no answer until release(); one whose connection closes meanwhile is not received. */
  hold(): void;
  release(): void;
  /** Held requests whose sender is still waiting for the answer. */
  readonly heldCount: number;
  /** Resolves with the received messages once there are at least `count`. */
  waitForCount(count: number, timeoutMs?: number): Promise<ReceivedPushMessage[]>;
  close(): Promise<void>;
}

interface Subscriber {
  keyPair: ECDH;
  auth: Buffer;
  applicationServerKey?: string;
  state: 'active' | 'gone' | 'unavailable';
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(reason);
  }
}

const URGENCIES = new Set(['very-low', 'low', 'normal', 'high']);
const MAX_RECORD_BYTES = 4096;

/** Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292); returns the key the token was signed with. */
function checkVapid(header: string | undefined, audience: string, verified: Map<string, number>): string {
  const nowSeconds = Date.now() / 1000;
  const match = /^vapid\s+(.*)$/i.exec(header ?? '');
  if (!match?.[1]) throw new Refusal(401, 'no VAPID authorization');
  const parameters = new Map(
    match[1].split(',').map((part) => {
      const [name = '', ...value] = part.trim().split('=');
      return [name.toLowerCase(), value.join('=')] as const;
    }),
  );
  const token = parameters.get('t') ?? '';
  const key = parameters.get('k') ?? '';
  const cachedExpiry = verified.get(`${audience} ${token} ${key}`);
  if (cachedExpiry !== undefined && cachedExpiry > nowSeconds) return key;

  const point = Buffer.from(key, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) throw new Refusal(401, 'VAPID k is not a P-256 point');
  const [head = '', body = '', signature = ''] = token.split('.');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Refusal(401, 'VAPID token signature does not verify with k');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (JSON.parse(Buffer.from(head, 'base64url').toString('utf8')).alg !== 'ES256')
    throw new Refusal(401, 'VAPID token is not ES256');
  if (claims.aud !== audience) throw new Refusal(401, `VAPID aud ${String(claims.aud)} is not ${audience}`);
  const expiry = Number(claims.exp);
  if (!(expiry > nowSeconds && expiry <= nowSeconds + 24 * 60 * 60))
    throw new Refusal(401, 'VAPID exp is not within the next 24 hours');
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub))
    throw new Refusal(401, 'VAPID sub is not a mailto: or https: contact');
  verified.set(`${audience} ${token} ${key}`, expiry);
  return key;
}

/**
 * A push service never reads what it forwards; only the browser can. So the message is decrypted
 * when a test reads `payload`, not on arrival: a benchmark counting 10,000 messages pays nothing
 * for it, and a message that cannot be decrypted fails the test that reads it.
 */
function receivedMessage(
  endpoint: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  subscriber: Subscriber,
): ReceivedPushMessage {
  let payload: PushAlertPayload | undefined;
  return {
    endpoint,
    headers,
    get payload() {
      payload ??= JSON.parse(
        decrypt(body, {
          version: 'aes128gcm',
          privateKey: subscriber.keyPair,
          authSecret: subscriber.auth,
        }).toString('utf8'),
      ) as PushAlertPayload;
      return payload;
    },
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * A push service (RFC 8030) on 127.0.0.1 for tests and benchmarks: it checks what a real one
 * checks (VAPID, TTL, Topic, Urgency, size) and keeps what arrived, to be decrypted with the
 * subscription's private key (RFC 8291, aes128gcm) when a test reads it. Every accepted message
 * counts, also a second one with the same Topic (a real service would replace an undelivered one).
 */
export async function startPushTestService(): Promise<PushTestService> {
  const subscribers = new Map<string, Subscriber>();
  const received: ReceivedPushMessage[] = [];
  const refused: RefusedPushRequest[] = [];
  const verified = new Map<string, number>();
  const waiters = new Set<() => void>();
  let held: { message: ReceivedPushMessage; response: ServerResponse }[] | undefined;
  let origin = '';

  const accept = (message: ReceivedPushMessage, response: ServerResponse) => {
    // A held request whose sender gave up (or died) never counts as received.
    if (response.destroyed) return;
    received.push(message);
    response.writeHead(201, { Location: `${origin}/message/${randomUUID()}` }).end();
    for (const waiter of waiters) waiter();
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const endpoint = `${origin}${request.url ?? ''}`;
    const body = await readBody(request);
    try {
      const subscriber = subscribers.get(endpoint);
      if (request.method !== 'POST' || !subscriber) throw new Refusal(404, 'no such subscription');
      if (subscriber.state === 'gone') throw new Refusal(410, 'subscription is gone');
      if (subscriber.state === 'unavailable') throw new Refusal(503, 'push service unavailable');
      const key = checkVapid(request.headers.authorization, origin, verified);
      if (subscriber.applicationServerKey && key !== subscriber.applicationServerKey)
        throw new Refusal(403, 'VAPID key is not the one the subscription was made with');
      if (!/^\d+$/.test(String(request.headers.ttl ?? ''))) throw new Refusal(400, 'TTL header missing');
      const topic = request.headers.topic?.toString();
      if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(topic)) throw new Refusal(400, 'bad Topic');
      const urgency = request.headers.urgency?.toString();
      if (urgency !== undefined && !URGENCIES.has(urgency)) throw new Refusal(400, 'bad Urgency');
      if (request.headers['content-encoding'] !== 'aes128gcm') throw new Refusal(415, 'not aes128gcm');
      if (body.length > MAX_RECORD_BYTES) throw new Refusal(413, `payload of ${body.length} bytes`);
      const message = receivedMessage(endpoint, request.headers, body, subscriber);
      if (held) {
        const entry = { message, response };
        held.push(entry);
        // The sender gave up (timeout) or died (SIGKILL): this message will never count.
        response.on('close', () => {
          const index = held?.indexOf(entry) ?? -1;
          if (!response.writableEnded && index >= 0) held?.splice(index, 1);
        });
      } else accept(message, response);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refused.push({ endpoint, status: error.status, reason: error.message });
      response.writeHead(error.status, { 'Content-Type': 'text/plain' }).end(error.message);
    }
  }

  const server = createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    received,
    refused,
    async subscribe(options = {}) {
      const keyPair = createECDH('prime256v1');
      keyPair.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomBytes(16).toString('base64url')}`;
      subscribers.set(endpoint, {
        keyPair,
        auth,
        applicationServerKey: options.applicationServerKey,
        state: 'active',
      });
      return {
        endpoint,
        keys: { p256dh: keyPair.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      };
    },
    markGone(endpoint) {
      const subscriber = subscribers.get(endpoint);
      if (subscriber) subscriber.state = 'gone';
    },
    markUnavailable(endpoint) {
      const subscriber = subscribers.get(endpoint);
      if (subscriber) subscriber.state = 'unavailable';
    },
    hold() {
      held ??= [];
    },
    get heldCount() {
      return held?.length ?? 0;
    },
    release() {
      const pending = held ?? [];
      held = undefined;
      for (const { message, response } of pending) accept(message, response);
    },
    waitForCount(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const last = refused.at(-1);
          reject(
            new Error(
              `push service received ${received.length} of ${count} messages in ${timeoutMs} ms` +
                (last ? `; last refusal: ${last.status} ${last.reason}` : ''),
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      for (const { response } of held ?? []) response.destroy();
      held = undefined;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
