import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AlertAddress,
  type AlertChannelSender,
  type AlertMessage,
  PermanentDeliveryError,
} from '../../server/channels/alert-channel.js';
import { createPushSender } from '../../server/channels/push/push-sender.js';
import { topicForDelivery } from '../../server/channels/push/push-topic.js';
import { loadVapidKeys } from '../../server/channels/push/vapid-keys.js';
import { uuidv7 } from '../../server/db/ids.js';
import { pushSubscriptions } from '../../server/db/schema/push-subscriptions.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { type PushTestService, startPushTestService } from '../support/push-test-service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const backends = await testBackends();

describe.each(backends)('push channel [%s]', (kind) => {
  let testApp: TestApp;
  let pushService: PushTestService;
  let sender: AlertChannelSender;
  let applicationServerKey: string;
  let cookie: string;
  let address: AlertAddress;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    pushService = await startPushTestService();
    const db = testApp.database.handle.db;
    const vapid = await loadVapidKeys(db, randomBytes(32));
    applicationServerKey = vapid.publicKey;
    sender = createPushSender({ db, vapid, contact: 'mailto:alarmering@voorbeeld.nl' });
    cookie = await signInToApp(testApp, 'notulist@voorbeeld.nl');
    const me = await readJson<{ id: string; name: string; email: string }>(
      await requestAs(testApp, cookie, 'GET', '/api/me'),
    );
    address = { userId: me.id, name: me.name, email: me.email, phone: null };
  });
  afterAll(async () => {
    await sender?.close?.();
    await pushService?.close();
    await testApp?.close();
  });
  beforeEach(async () => {
    await testApp.database.handle.db.delete(pushSubscriptions);
    pushService.received.length = 0;
    pushService.refused.length = 0;
  });

  /** Subscribes a new device of the signed-in person as its page would, bound to Baken's VAPID key. */
  async function subscribeDevice() {
    const subscription = await pushService.subscribe({ applicationServerKey });
    const response = await requestAs(testApp, cookie, 'POST', '/api/me/push-subscriptions', subscription);
    expect(response.status).toBe(201);
    return subscription;
  }

  const devices = async () =>
    readJson<{ id: string; lastSuccessAt: string | null }[]>(
      await requestAs(testApp, cookie, 'GET', '/api/me/push-subscriptions'),
    );

  const alert = (overrides: Partial<AlertMessage> = {}): AlertMessage => ({
    deliveryId: uuidv7(),
    alertId: uuidv7(),
    language: 'nl',
    organisationName: 'Gemeente Voorbeeld',
    title: 'Brand in het gemeentehuis',
    body: 'Het ROT komt bijeen. Kom direct naar de crisiskamer.',
    location: 'Stadhuisplein 1, Voorbeeld',
    urgency: 'crisis',
    isExercise: false,
    responseUrl: 'http://localhost/respond#antwoord-123',
    responseToken: 'antwoord-123',
    ...overrides,
  });

  it('hands a crisis alert to the device, readable only with the subscription’s private key', async () => {
    const device = await subscribeDevice();
    const message = alert();
    const handOver = await sender.send(message, address);

    const [received] = await pushService.waitForCount(1);
    expect(pushService.refused).toEqual([]);
    expect(received?.endpoint).toBe(device.endpoint);
    expect(received?.payload).toEqual({
      type: 'baken-alert',
      alertId: message.alertId,
      title: 'Brand in het gemeentehuis',
      body: 'Het ROT komt bijeen. Kom direct naar de crisiskamer.',
      location: 'Stadhuisplein 1, Voorbeeld',
      isExercise: false,
      urgency: 'crisis',
      lang: 'nl',
      responseToken: 'antwoord-123',
      url: '/respond#antwoord-123',
      actions: { coming: 'Ik kom', unavailable: 'Niet beschikbaar' },
    });
    expect(received?.headers).toMatchObject({
      urgency: 'high',
      ttl: String(24 * 60 * 60),
      topic: topicForDelivery(message.deliveryId),
      'content-encoding': 'aes128gcm',
    });
    expect(received?.headers.topic?.length).toBeLessThanOrEqual(32);
    expect(handOver).toEqual({ status: 'sent', providerMessageId: expect.stringMatching(/\/message\//) });
    // "Last worked" is written for many devices at once, within about a second.
    await expect.poll(async () => (await devices())[0]?.lastSuccessAt, { timeout: 5_000 }).not.toBeNull();
  });

  it('marks an exercise in the person’s language and sends a normal alert with normal urgency', async () => {
    await subscribeDevice();
    await sender.send(alert({ language: 'en', isExercise: true, urgency: 'normal' }), address);

    const [received] = await pushService.waitForCount(1);
    expect(received?.payload).toMatchObject({
      title: 'EXERCISE: Brand in het gemeentehuis',
      isExercise: true,
      lang: 'en',
      actions: { coming: "I'm coming", unavailable: 'Not available' },
    });
    expect(received?.headers).toMatchObject({ urgency: 'normal', ttl: String(4 * 60 * 60) });
  });

  it('reaches every device of the person', async () => {
    const phone = await subscribeDevice();
    const laptop = await subscribeDevice();
    await sender.send(alert(), address);

    const received = await pushService.waitForCount(2);
    expect(received.map((message) => message.endpoint).sort()).toEqual(
      [phone.endpoint, laptop.endpoint].sort(),
    );
    expect(received[0]?.payload).toEqual(received[1]?.payload);
  });

  it('removes a device the push service no longer knows and still reaches the others', async () => {
    const reset = await subscribeDevice();
    const phone = await subscribeDevice();
    pushService.markGone(reset.endpoint);

    const handOver = await sender.send(alert(), address);
    expect(handOver.status).toBe('sent');
    expect(pushService.received.map((message) => message.endpoint)).toEqual([phone.endpoint]);
    expect(await devices()).toHaveLength(1);
  });

  it('gives up at once when the person has no device, or only dead ones', async () => {
    await expect(sender.send(alert(), address)).rejects.toEqual(new PermanentDeliveryError('no_push_device'));

    const reset = await subscribeDevice();
    pushService.markGone(reset.endpoint);
    const attempt = sender.send(alert(), address);
    await expect(attempt).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(attempt).rejects.toMatchObject({ reason: 'no_push_device' });
    expect(await devices()).toEqual([]);
  });

  it('asks for a retry, keeping the device, when the push service is in trouble', async () => {
    const device = await subscribeDevice();
    pushService.markUnavailable(device.endpoint);

    const attempt = sender.send(alert(), address);
    await expect(attempt).rejects.toThrow(/answered 503/);
    await expect(attempt).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    expect(await devices()).toHaveLength(1);
  });

  it('shortens a long text to fit one push message, keeping title, place and answer link', async () => {
    await subscribeDevice();
    await sender.send(alert({ body: 'Lees de instructies. '.repeat(1000), location: 'Brug € 3' }), address);

    const [received] = await pushService.waitForCount(1);
    expect(Buffer.byteLength(JSON.stringify(received?.payload))).toBeLessThanOrEqual(3000);
    expect(received?.payload.body).toMatch(/^Lees de instructies\. .*…$/);
    expect(received?.payload).toMatchObject({
      title: 'Brand in het gemeentehuis',
      location: 'Brug € 3',
      url: '/respond#antwoord-123',
    });
  });
});
