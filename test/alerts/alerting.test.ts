import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../server/db/schema/users.js';
import { type AlertHarness, startAlertHarness, tokenIn } from '../support/alert-harness.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { connectSse } from '../support/sse-client.js';
import { testBackends } from '../support/test-database.js';
import {
  ANNA,
  BRAM,
  board,
  CARLA,
  DAAN,
  demoUser,
  EVA,
  eventually,
  respondByLink,
  sendAlert,
  setChannels,
  settle,
  withPushDevice,
} from './alert-fixtures.js';

const backends = await testBackends();

describe.each(backends)('alerting through push, e-mail and SMS [%s]', (kind) => {
  let harness: AlertHarness;
  let anna: string;
  let bram: Awaited<ReturnType<typeof demoUser>>;
  let carla: Awaited<ReturnType<typeof demoUser>>;
  let bramDevice: Awaited<ReturnType<typeof withPushDevice>>;

  beforeAll(async () => {
    harness = await startAlertHarness(kind);
    anna = await signInToApp(harness.testApp, ANNA);
    bram = await demoUser(harness, BRAM);
    carla = await demoUser(harness, CARLA);
    await setChannels(harness, BRAM, ['push', 'email', 'sms']);
    bramDevice = await withPushDevice(harness, BRAM);
  });
  afterAll(async () => harness?.close());

  it('starting an incident alerts its participants on every channel they chose, and the test reads each message', async () => {
    const started = await requestAs(harness.testApp, anna, 'POST', '/api/incidents', {
      title: 'Brand in het gemeentehuis',
      alertText: 'Beleidsteam naar de kazerne, ingang Noord.',
      participants: [{ userId: bram.id }, { userId: carla.id }],
    });
    expect(started.status).toBe(201);
    const { alertId } = await readJson<{ alertId: string }>(started);
    expect(alertId).toMatch(/^[0-9a-f-]{36}$/);
    await settle(harness);

    // Push: decrypted here with the subscription's private key (RFC 8291), it holds the alert.
    const pushed = harness.push.received.filter(
      (message) => message.endpoint === bramDevice.subscription.endpoint,
    );
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.payload).toMatchObject({
      type: 'baken-alert',
      alertId,
      title: expect.stringContaining('Brand in het gemeentehuis'),
      body: expect.stringContaining('Beleidsteam naar de kazerne'),
      isExercise: false,
      urgency: 'crisis',
    });
    expect(pushed[0]?.headers.urgency).toBe('high');

    // E-mail: at the SMTP server, for Bram and Carla.
    const mailFor = (email: string) => harness.smtp.received.filter((mail) => mail.to.includes(email));
    expect(mailFor(BRAM)).toHaveLength(1);
    expect(mailFor(CARLA)).toHaveLength(1);
    expect(mailFor(BRAM)[0]?.subject).toContain('ALARM: Brand in het gemeentehuis');
    expect(mailFor(BRAM)[0]?.text).toContain('Beleidsteam naar de kazerne');

    // SMS: only Bram chose it; Dutch mobile number in international form.
    const texts = harness.smpp.messages.filter((sms) => sms.to === '31612345602');
    expect(texts).toHaveLength(1);
    expect(texts[0]?.text).toContain('Brand in het gemeentehuis');
    expect(harness.smpp.messages.some((sms) => sms.to === '31612345603')).toBe(false);

    // The board: per person the channels tried and what became of them.
    // The SMSC's delivery receipt comes on its own time; the board then says "delivered".
    const shown = await eventually(async () => {
      const current = await board(harness, anna, alertId);
      const line = current.recipients.find((entry) => entry.userId === bram.id);
      expect(line?.channels.map((c) => [c.channel, c.status])).toEqual([
        ['push', 'sent'],
        ['sms', 'delivered'],
        ['email', 'sent'],
      ]);
      return current;
    });
    const carlaLine = shown.recipients.find((line) => line.userId === carla.id);
    // Carla chose push too but has no device: the plan goes straight to e-mail.
    expect(carlaLine?.channels.map((c) => [c.channel, c.status, c.failureReason])).toEqual([
      ['email', 'sent', null],
    ]);
    expect(shown.recipients.some((line) => line.name === 'Anna de Vries')).toBe(false);
  });

  it('a response link answers once, for its own person and alert, and the board shows it with the ETA', async () => {
    const alert = await sendAlert(harness, anna, {
      title: 'Opschaling GRIP 2',
      targets: { userIds: [bram.id, carla.id] },
    });
    await settle(harness);
    const bramSms = harness.smpp.messages.filter((sms) => sms.to === '31612345602').at(-1);
    const bramToken = tokenIn(bramSms?.text ?? '');
    const carlaMail = harness.smtp.received.filter((mail) => mail.to.includes(CARLA)).at(-1);
    const carlaToken = tokenIn(carlaMail?.text ?? '');

    const view = await harness.testApp.app.request('/api/alert-responses/view', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: bramToken }),
    });
    expect(await readJson(view)).toMatchObject({
      title: 'Opschaling GRIP 2',
      recipientName: 'Bram Jansen',
      state: 'open',
    });

    // Bram's signature with Carla's recipient id: refused, it cannot answer for someone else.
    const forged = carlaToken.slice(0, 22) + bramToken.slice(22);
    const refused = await respondByLink(harness, forged, { response: 'coming', etaMinutes: 5 });
    expect(refused.status).toBe(404);
    expect((await errorOf(refused)).code).toBe('alert_link_invalid');

    const answered = await respondByLink(harness, bramToken, { response: 'coming', etaMinutes: 15 });
    expect(answered.status).toBe(200);
    const again = await respondByLink(harness, bramToken, { response: 'unavailable' });
    expect(again.status).toBe(410);
    expect((await errorOf(again)).code).toBe('alert_link_used');

    const shown = await board(harness, anna, alert.id);
    expect(shown.recipients.find((line) => line.userId === bram.id)).toMatchObject({
      response: 'coming',
      etaMinutes: 15,
      respondedVia: 'link',
    });
    expect(shown.counts).toMatchObject({ recipients: 2, coming: 1, noResponse: 1 });

    // A link of an earlier alert does not answer this one: each token names one alert's recipient.
    const earlierToken = tokenIn(
      harness.smpp.messages.filter((sms) => sms.to === '31612345602')[0]?.text ?? '',
    );
    expect(earlierToken).not.toBe(bramToken);
    expect((await respondByLink(harness, earlierToken, { response: 'acknowledged' })).status).toBe(200);
    const latest = await board(harness, anna, alert.id);
    expect(latest.recipients.find((line) => line.userId === bram.id)?.response).toBe('coming');
  });

  it('a response link expires', async () => {
    await sendAlert(harness, anna, { title: 'Verlopen link', targets: { userIds: [carla.id] } });
    await settle(harness);
    const token = tokenIn(harness.smtp.received.filter((mail) => mail.to.includes(CARLA)).at(-1)?.text ?? '');
    harness.clock.advanceMinutes(24 * 60 + 1);
    const late = await respondByLink(harness, token, { response: 'coming' });
    expect(late.status).toBe(410);
    expect((await errorOf(late)).code).toBe('alert_link_expired');
  });

  it('an exercise is marked as one in push, e-mail and SMS', async () => {
    await sendAlert(harness, anna, {
      title: 'Oefening ontruiming',
      isExercise: true,
      targets: { userIds: [bram.id] },
    });
    await settle(harness);
    expect(harness.push.received.at(-1)?.payload.title).toMatch(/^OEFENING/);
    expect(harness.push.received.at(-1)?.payload.isExercise).toBe(true);
    expect(harness.smtp.received.at(-1)?.subject).toMatch(/^OEFENING: Oefening ontruiming/);
    expect(harness.smpp.messages.at(-1)?.text).toMatch(/^OEFENING/);
  });

  // @promise P17
  it('a deactivated or restricted person is not alerted', async () => {
    const db = harness.testApp.database.handle.db;
    const daan = await demoUser(harness, DAAN);
    const eva = await demoUser(harness, EVA);
    await db.update(users).set({ status: 'deactivated' }).where(eq(users.id, daan.id));
    await db.update(users).set({ restrictedAt: new Date() }).where(eq(users.id, eva.id));
    const mailsBefore = harness.smtp.received.length;
    const alert = await sendAlert(harness, anna, {
      title: 'Alleen bereikbare mensen',
      targets: { userIds: [daan.id, eva.id, carla.id] },
    });
    await settle(harness);
    expect(alert.counts.recipients).toBe(1);
    expect((await board(harness, anna, alert.id)).recipients.map((line) => line.userId)).toEqual([carla.id]);
    const newMail = harness.smtp.received.slice(mailsBefore).flatMap((mail) => mail.to);
    expect(newMail).toEqual([CARLA]);

    const nobody = await requestAs(harness.testApp, anna, 'POST', '/api/alerts', {
      title: 'Niemand',
      targets: { userIds: [daan.id, eva.id] },
    });
    expect(nobody.status).toBe(400);
    expect((await errorOf(nobody)).code).toBe('alert_no_recipients');
    await db.update(users).set({ status: 'active' }).where(eq(users.id, daan.id));
    await db.update(users).set({ restrictedAt: null }).where(eq(users.id, eva.id));
  });

  it('the person answers from the app; a push notification button answers through its token', async () => {
    const alert = await sendAlert(harness, anna, {
      title: 'Antwoord via app',
      targets: { userIds: [bram.id, carla.id] },
    });
    await settle(harness);
    const viaApp = await requestAs(
      harness.testApp,
      bramDevice.cookie,
      'POST',
      `/api/alerts/${alert.id}/response`,
      {
        response: 'coming',
        etaMinutes: 20,
      },
    );
    expect(viaApp.status).toBe(200);
    expect(await readJson(viaApp)).toMatchObject({ response: 'coming', etaMinutes: 20, respondedVia: 'app' });

    const pushToken = harness.push.received.at(-1)?.payload.responseToken ?? '';
    const viaPush = await respondByLink(harness, pushToken, { response: 'unavailable', source: 'push' });
    expect(viaPush.status).toBe(200);
    const shown = await board(harness, anna, alert.id);
    expect(shown.recipients.find((line) => line.userId === bram.id)).toMatchObject({
      response: 'unavailable',
      respondedVia: 'push',
    });

    // Carla is not Bram: she cannot answer in his place from the app either.
    const mine = await requestAs(
      harness.testApp,
      await signInToApp(harness.testApp, CARLA),
      'GET',
      '/api/me/alerts',
    );
    expect((await readJson<{ alertId: string }[]>(mine)).map((entry) => entry.alertId)).toContain(alert.id);
  });

  it('tells only the people alerted, live: received, answered elsewhere, withdrawn', async () => {
    const fetchInApp = async (url: string, init: RequestInit) => harness.testApp.app.request(url, init);
    const carlaCookie = await signInToApp(harness.testApp, CARLA);
    const evaCookie = await signInToApp(harness.testApp, EVA);
    const carlaStream = await connectSse('/api/events?topics=alerts', { Cookie: carlaCookie }, fetchInApp);
    const evaStream = await connectSse('/api/events?topics=alerts', { Cookie: evaCookie }, fetchInApp);
    try {
      const alert = await sendAlert(harness, anna, {
        title: 'Alleen voor Carla',
        targets: { userIds: [carla.id] },
      });
      await requestAs(harness.testApp, carlaCookie, 'POST', `/api/alerts/${alert.id}/response`, {
        response: 'acknowledged',
      });
      await requestAs(harness.testApp, anna, 'POST', `/api/alerts/${alert.id}/cancel`);
      const seen = await carlaStream.waitFor(3);
      expect(seen.map((message) => message.event)).toEqual([
        'alert.received',
        'alert.answered',
        'alert.withdrawn',
      ]);
      expect(seen.every((message) => JSON.parse(message.data).payload.alertId === alert.id)).toBe(true);
      // The audience itself is never sent, and Eva, not alerted, heard nothing of it.
      expect(seen.some((message) => message.data.includes('audience'))).toBe(false);
      expect(evaStream.messages).toEqual([]);
    } finally {
      carlaStream.close();
      evaStream.close();
    }
  });

  it('an address that keeps presenting invalid links is refused for a while; real links are not counted', async () => {
    const guess = (token: string) =>
      harness.testApp.app.request('/api/alert-responses/view', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++)
      statuses.push((await guess(`${'A'.repeat(22)}${String(attempt).padStart(22, 'B')}`)).status);
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    const refused = await guess('x');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
