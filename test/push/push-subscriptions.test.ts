import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pushSubscriptions } from '../../server/db/schema/push-subscriptions.js';
import { openSession } from '../../server/modules/accounts/open-session.js';
import { buildOrganisation } from '../factories/organisation.js';
import { signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { type PushTestService, startPushTestService } from '../support/push-test-service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface PushDevice {
  id: string;
  deviceLabel: string;
  createdAt: string;
  lastSuccessAt: string | null;
}

const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const DEVICES = '/api/me/push-subscriptions';

const backends = await testBackends();

describe.each(backends)('push subscriptions API [%s]', (kind) => {
  let testApp: TestApp;
  let pushService: PushTestService;
  let notulist: string;
  let mayor: string;
  let outsider: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    pushService = await startPushTestService();
    notulist = await signInToApp(testApp, 'notulist@voorbeeld.nl');
    mayor = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    const other = await buildOrganisation(testApp.database.handle.db, 'Ziekenhuis Elders');
    const session = await openSession(testApp.database.handle.db, other.admin, {
      ipAddress: '192.0.2.9',
      userAgent: undefined,
    });
    outsider = `__Host-baken_session=${session.token}`;
  });
  afterAll(async () => {
    await pushService?.close();
    await testApp?.close();
  });
  beforeEach(async () => {
    await testApp.database.handle.db.delete(pushSubscriptions);
  });

  const call = (cookie: string | undefined, method: string, path: string, body?: unknown, language = 'nl') =>
    testApp.app.request(path, {
      method,
      headers: {
        ...(cookie ? { Cookie: cookie } : {}),
        'Sec-Fetch-Site': 'same-origin',
        'Accept-Language': language,
        'User-Agent': ANDROID_CHROME,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  async function subscribe(cookie: string, subscription: unknown) {
    const response = await call(cookie, 'POST', DEVICES, subscription);
    expect(response.status, await response.clone().text()).toBe(201);
    return readJson<PushDevice>(response);
  }

  async function devicesOf(cookie: string, query = '') {
    const response = await call(cookie, 'GET', `${DEVICES}${query}`);
    expect(response.status).toBe(200);
    return readJson<PushDevice[]>(response);
  }

  it('adds a device, named after its browser, and lists it without its endpoint or keys', async () => {
    const subscription = await pushService.subscribe();
    // A browser's PushSubscription.toJSON() also carries expirationTime.
    const added = await subscribe(notulist, { ...subscription, expirationTime: null });
    expect(added).toMatchObject({ deviceLabel: 'Mobile Chrome 126 · Android 14', lastSuccessAt: null });

    const response = await call(notulist, 'GET', DEVICES);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual([added]);
    expect(text).not.toContain(subscription.endpoint);
    expect(text).not.toContain(subscription.keys.p256dh);
    expect(text).not.toContain(subscription.keys.auth);
    expect(await devicesOf(mayor)).toEqual([]);
  });

  it('keeps one device when the same browser subscribes again with new keys', async () => {
    const first = await pushService.subscribe();
    const added = await subscribe(notulist, first);
    const renewed = await pushService.subscribe();
    const again = await subscribe(notulist, { endpoint: first.endpoint, keys: renewed.keys });

    expect(again.id).toBe(added.id);
    expect(await devicesOf(notulist)).toHaveLength(1);
    const [row] = await testApp.database.handle.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.id, added.id));
    expect(row?.p256dh).toBe(renewed.keys.p256dh);
  });

  it('tells a page whether its own endpoint is subscribed for this person', async () => {
    const mine = await pushService.subscribe();
    const added = await subscribe(notulist, mine);
    const query = (endpoint: string) => `?endpoint=${encodeURIComponent(endpoint)}`;

    expect(await devicesOf(notulist, query(mine.endpoint))).toEqual([added]);
    expect(await devicesOf(mayor, query(mine.endpoint))).toEqual([]);
    expect(await devicesOf(notulist, query(`${pushService.origin}/push/unknown`))).toEqual([]);
  });

  it('moves a device to the person who subscribes it now, also from another organisation', async () => {
    const device = await pushService.subscribe();
    await subscribe(notulist, device);
    const taken = await subscribe(mayor, device);

    expect(await devicesOf(notulist)).toEqual([]);
    expect(await devicesOf(mayor)).toEqual([taken]);

    const elsewhere = await subscribe(outsider, device);
    expect(await devicesOf(mayor)).toEqual([]);
    expect(await devicesOf(outsider)).toEqual([elsewhere]);
  });

  it('removes your own device, and answers 404 for anyone else’s', async () => {
    const added = await subscribe(notulist, await pushService.subscribe());

    expect((await call(mayor, 'DELETE', `${DEVICES}/${added.id}`)).status).toBe(404);
    expect((await call(outsider, 'DELETE', `${DEVICES}/${added.id}`)).status).toBe(404);
    expect(await devicesOf(notulist)).toEqual([added]);

    expect((await call(notulist, 'DELETE', `${DEVICES}/${added.id}`)).status).toBe(204);
    expect(await devicesOf(notulist)).toEqual([]);
    expect((await call(notulist, 'DELETE', `${DEVICES}/${added.id}`)).status).toBe(404);
  });

  it('refuses keys that are not a browser’s, saying which field is wrong', async () => {
    const valid = await pushService.subscribe();
    const cases = [
      {
        body: { ...valid, keys: { ...valid.keys, p256dh: Buffer.alloc(65, 4).toString('base64url') } },
        path: 'keys.p256dh',
      },
      { body: { ...valid, keys: { ...valid.keys, p256dh: valid.keys.auth } }, path: 'keys.p256dh' },
      {
        body: { ...valid, keys: { ...valid.keys, auth: Buffer.alloc(8).toString('base64url') } },
        path: 'keys.auth',
      },
      { body: { ...valid, endpoint: 'ftp://push.example.net/abc' }, path: 'endpoint' },
      { body: { ...valid, endpoint: 'http://push.example.net/abc' }, path: 'endpoint' },
      { body: { ...valid, endpoint: 'https://10.0.0.8/abc' }, path: 'endpoint' },
      { body: { endpoint: valid.endpoint }, path: 'keys' },
    ];
    for (const { body, path } of cases) {
      const response = await call(notulist, 'POST', DEVICES, body, 'en');
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.fields?.map((field) => field.path)).toEqual([path]);
      expect(error.fields?.[0]?.message).toMatch(/\w+/);
    }
    const p256dh = await call(notulist, 'POST', DEVICES, cases[0]?.body, 'en');
    expect((await errorOf(p256dh)).fields?.[0]?.message).toBe(
      'The device key is not a valid P-256 key (65 bytes, base64url).',
    );
    expect(await devicesOf(notulist)).toEqual([]);
  });

  it('refuses a twenty-first device with a message saying what to do', async () => {
    for (let count = 0; count < 20; count++) await subscribe(notulist, await pushService.subscribe());
    const response = await call(notulist, 'POST', DEVICES, await pushService.subscribe(), 'en');
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toMatch(/20 devices.*Remove a device/);
    expect(await devicesOf(notulist)).toHaveLength(20);
  });

  it('answers 401 without a session', async () => {
    const subscription = await pushService.subscribe();
    expect((await call(undefined, 'GET', '/api/push/public-key')).status).toBe(401);
    expect((await call(undefined, 'GET', DEVICES)).status).toBe(401);
    expect((await call(undefined, 'POST', DEVICES, subscription)).status).toBe(401);
    expect((await call(undefined, 'DELETE', `${DEVICES}/00000000-0000-7000-8000-000000000000`)).status).toBe(
      401,
    );
  });

  it('gives signed-in people the VAPID public key to subscribe with', async () => {
    const first = await readJson<{ publicKey: string }>(await call(notulist, 'GET', '/api/push/public-key'));
    const second = await readJson<{ publicKey: string }>(await call(mayor, 'GET', '/api/push/public-key'));
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(second.publicKey).toBe(first.publicKey);
  });
});
