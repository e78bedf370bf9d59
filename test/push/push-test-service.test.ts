import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import webPush from 'web-push';
import { createPushTransport } from '../../server/channels/push/push-transport.js';
import { createVapidAuthorization } from '../../server/channels/push/vapid-authorization.js';
import {
  type PushTestService,
  startPushTestService,
  type TestPushSubscription,
} from '../support/push-test-service.js';

/**
 * The local push service other tests and the benchmark rely on: it must refuse what a real one
 * refuses, and its hold/release must count only messages whose sender was still there to hear 201.
 */
describe('push test service', () => {
  let service: PushTestService;
  const vapid = webPush.generateVAPIDKeys();
  const authorization = createVapidAuthorization(vapid, 'mailto:alarmering@voorbeeld.nl');

  beforeAll(async () => {
    service = await startPushTestService();
  });
  afterAll(() => service.close());

  function post(
    subscription: TestPushSubscription,
    options: { timeoutMs?: number; vapidHeader?: string } = {},
  ) {
    const transport = createPushTransport({ timeoutMs: options.timeoutMs ?? 10_000 });
    const body = webPush.encrypt(
      subscription.keys.p256dh,
      subscription.keys.auth,
      JSON.stringify({ type: 'baken-alert', title: 'Proef' }),
      'aes128gcm',
    ).cipherText;
    const headers = {
      TTL: 60,
      'Content-Encoding': 'aes128gcm',
      'Content-Length': body.length,
      Authorization: options.vapidHeader ?? authorization(subscription.endpoint),
    };
    return transport.post(subscription.endpoint, headers, body).finally(() => transport.close());
  }

  it('accepts a message with 201 and a Location, and decrypts it with the subscription’s key', async () => {
    const subscription = await service.subscribe({ applicationServerKey: vapid.publicKey });
    const answer = await post(subscription);
    expect(answer.status).toBe(201);
    expect(answer.location).toMatch(new RegExp(`^${service.origin}/message/`));
    const [message] = await service.waitForCount(1);
    expect(message?.payload).toEqual({ type: 'baken-alert', title: 'Proef' });
  });

  it('refuses a token signed by another key than the subscription’s, and one for another audience', async () => {
    const subscription = await service.subscribe({ applicationServerKey: vapid.publicKey });
    const stranger = webPush.generateVAPIDKeys();
    const foreign = createVapidAuthorization(stranger, 'mailto:iemand@elders.nl')(subscription.endpoint);
    expect((await post(subscription, { vapidHeader: foreign })).status).toBe(403);
    const wrongAudience = createVapidAuthorization(
      vapid,
      'mailto:alarmering@voorbeeld.nl',
    )('https://push.example.net/x');
    expect((await post(subscription, { vapidHeader: wrongAudience })).status).toBe(401);
    expect(service.refused.map((refusal) => refusal.status)).toEqual([403, 401]);
  });

  it('answers 410 for a gone subscription and 404 for an unknown one', async () => {
    const subscription = await service.subscribe();
    service.markGone(subscription.endpoint);
    expect((await post(subscription)).status).toBe(410);
    expect((await post({ ...subscription, endpoint: `${service.origin}/push/unknown` })).status).toBe(404);
  });

  it('holds answers until release, and does not count a held message whose sender gave up', async () => {
    const before = service.received.length;
    const patient = await service.subscribe();
    const impatient = await service.subscribe();
    service.hold();
    const waiting = post(patient);
    await expect(post(impatient, { timeoutMs: 300 })).rejects.toThrow(/did not answer/);
    // The service notices the closed connection on its own turn; then only the patient one is held.
    await vi.waitFor(() => expect(service.heldCount).toBe(1));
    service.release();
    expect((await waiting).status).toBe(201);
    expect(service.received.slice(before).map((message) => message.endpoint)).toEqual([patient.endpoint]);
  });
});
