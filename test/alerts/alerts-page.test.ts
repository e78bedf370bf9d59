import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../server/db/schema/users.js';
import { type AlertHarness, startAlertHarness } from '../support/alert-harness.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { connectSse, type SseConnection } from '../support/sse-client.js';
import { testBackends } from '../support/test-database.js';
import { ANNA, BRAM, CARLA, DAAN, demoUser, EVA, eventually, sendAlert } from './alert-fixtures.js';

const backends = await testBackends();

interface Summary {
  id: string;
  incidentId: string | null;
  incidentTitle: string | null;
  title: string;
  isExercise: boolean;
  urgency: string;
  counts: { recipients: number; coming: number; noResponse: number };
}

/** The live messages of one type so far, with their payloads read. */
function payloadsOf(stream: SseConnection, type: string) {
  return stream.messages
    .filter((message) => message.event === type)
    .map((message) => JSON.parse(message.data).payload as Record<string, unknown>);
}

// The alerts page (web/src/routes/alerts-page): what an admin sees of every alert, and hears live.
describe.each(backends)('the organisation’s alerts page [%s]', (kind) => {
  let harness: AlertHarness;
  let anna: string;
  let bram: Awaited<ReturnType<typeof demoUser>>;
  let carla: Awaited<ReturnType<typeof demoUser>>;
  let incidentAlertId: string;
  let standaloneId: string;

  beforeAll(async () => {
    harness = await startAlertHarness(kind);
    anna = await signInToApp(harness.testApp, ANNA);
    bram = await demoUser(harness, BRAM);
    carla = await demoUser(harness, CARLA);
    // Eva helps run the crisis organisation too: a second admin, who did not send anything.
    await harness.testApp.database.handle.db.update(users).set({ role: 'admin' }).where(eq(users.email, EVA));
  });
  afterAll(async () => harness?.close());

  it('lists every alert of the organisation, newest first: an incident’s with its title, one on its own without', async () => {
    const started = await requestAs(harness.testApp, anna, 'POST', '/api/incidents', {
      title: 'Wateroverlast in de binnenstad',
      alertText: 'Crisisteam naar het stadhuis.',
      participants: [{ userId: carla.id }],
    });
    expect(started.status).toBe(201);
    incidentAlertId = (await readJson<{ alertId: string }>(started)).alertId;
    harness.clock.advanceMinutes(1);
    standaloneId = (
      await sendAlert(harness, anna, {
        title: 'Oefening: bereikbaarheid piket',
        isExercise: true,
        targets: { userIds: [bram.id] },
      })
    ).id;

    const list = await requestAs(harness.testApp, anna, 'GET', '/api/alerts');
    expect(list.status).toBe(200);
    const alerts = await readJson<Summary[]>(list);
    expect(alerts.map((alert) => alert.id)).toEqual([standaloneId, incidentAlertId]);
    expect(alerts[0]).toMatchObject({
      incidentId: null,
      incidentTitle: null,
      title: 'Oefening: bereikbaarheid piket',
      isExercise: true,
      // Not set: a crisis alert, the server's default, whatever the exercise mark.
      urgency: 'crisis',
      counts: { recipients: 1, coming: 0, noResponse: 1 },
    });
    expect(alerts[1]).toMatchObject({
      incidentTitle: 'Wateroverlast in de binnenstad',
      isExercise: false,
      counts: { recipients: 1 },
    });

    // The board of one alert says the same.
    const board = await requestAs(harness.testApp, anna, 'GET', `/api/alerts/${incidentAlertId}`);
    expect(await readJson<Summary>(board)).toMatchObject({ incidentTitle: 'Wateroverlast in de binnenstad' });
  });

  it('is for admins: a member cannot list the organisation’s alerts, nor see an alert on its own they were not sent', async () => {
    const daan = await signInToApp(harness.testApp, DAAN);
    expect((await requestAs(harness.testApp, daan, 'GET', '/api/alerts')).status).toBe(403);
    expect((await requestAs(harness.testApp, daan, 'GET', `/api/alerts/${standaloneId}`)).status).toBe(404);
    const alone = await requestAs(harness.testApp, daan, 'POST', '/api/alerts', {
      title: 'Zomaar',
      targets: { userIds: [bram.id] },
    });
    expect(alone.status).toBe(403);
  });

  it('live on the `alerts` topic: admins hear an alert on its own from sending to the answer, and any alert’s answers; others hear nothing', async () => {
    const fetchInApp = async (url: string, init: RequestInit) => harness.testApp.app.request(url, init);
    const eva = await signInToApp(harness.testApp, EVA);
    const daan = await signInToApp(harness.testApp, DAAN);
    const evaStream = await connectSse('/api/events?topics=alerts', { Cookie: eva }, fetchInApp);
    const daanStream = await connectSse('/api/events?topics=alerts', { Cookie: daan }, fetchInApp);
    try {
      harness.clock.advanceMinutes(1);
      const alert = await sendAlert(harness, anna, {
        title: 'Stroomstoring rekencentrum',
        targets: { userIds: [bram.id] },
      });
      const bramCookie = await signInToApp(harness.testApp, BRAM);
      const answer = await requestAs(
        harness.testApp,
        bramCookie,
        'POST',
        `/api/alerts/${alert.id}/response`,
        {
          response: 'coming',
          etaMinutes: 15,
        },
      );
      expect(answer.status).toBe(200);
      // Carla answers the incident's alert: its board speaks on the incident's topic, but the page's
      // list hears that an answer came.
      const carlaCookie = await signInToApp(harness.testApp, CARLA);
      await requestAs(harness.testApp, carlaCookie, 'POST', `/api/alerts/${incidentAlertId}/response`, {
        response: 'acknowledged',
      });

      await eventually(async () => {
        expect(payloadsOf(evaStream, 'alert.answered').map((payload) => payload.alertId)).toEqual([
          alert.id,
          incidentAlertId,
        ]);
      });
      // Eva, an admin who sent nothing, sees the board of Anna's alert as it changes; Carla's answer
      // to the incident's alert is on the incident's topic only.
      expect(payloadsOf(evaStream, 'alert.sent')).toEqual([
        expect.objectContaining({ id: alert.id, incidentId: null, incidentTitle: null }),
      ]);
      expect(payloadsOf(evaStream, 'alert.recipient')).toEqual([
        expect.objectContaining({ alertId: alert.id, userId: bram.id, response: 'coming', etaMinutes: 15 }),
      ]);
      expect(evaStream.messages.some((message) => message.data.includes('audience'))).toBe(false);
      // Daan was not alerted and is no admin: nothing of it reaches him.
      expect(daanStream.messages).toEqual([]);
    } finally {
      evaStream.close();
      daanStream.close();
    }
  });
});
