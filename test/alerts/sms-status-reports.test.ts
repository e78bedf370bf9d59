import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertDeliveries, alertRecipients } from '../../server/db/schema/alerts.js';
import { users } from '../../server/db/schema/users.js';
import { type AlertHarness, startAlertHarness } from '../support/alert-harness.js';
import { signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import {
  ANNA,
  BRAM,
  board,
  CARLA,
  DAAN,
  demoUser,
  sendAlert,
  setChannels,
  settle,
} from './alert-fixtures.js';

const REPORT_TOKEN = 'cm-status-reports-3f9a1c7e5b2d4a6f8e0c1b3d5f7a9c2e';
const backends = await testBackends();

describe.each(backends)('SMS delivery reports from the HTTP gateway [%s]', (kind) => {
  let harness: AlertHarness;
  let anna: string;

  beforeAll(async () => {
    harness = await startAlertHarness(kind, { SMS_HTTP_REPORT_TOKEN: REPORT_TOKEN }, { sms: 'http' });
    anna = await signInToApp(harness.testApp, ANNA);
    for (const email of [BRAM, CARLA, DAAN]) await setChannels(harness, email, ['sms']);
  });
  afterAll(async () => harness?.close());

  const gateway = () => {
    if (!harness.cm) throw new Error('the harness has no HTTP gateway');
    return harness.cm;
  };
  const smsTo = (phone: string | null) => {
    const number = `00${(phone ?? '').replace(/\D/g, '').replace(/^0/, '31')}`;
    const sms = gateway().messages.findLast((message) => message.to === number);
    if (!sms) throw new Error(`no SMS to ${number}`);
    return sms;
  };
  const postReport = (body: unknown, token: string | null = REPORT_TOKEN) =>
    harness.testApp.app.request(`/api/sms/status-reports${token === null ? '' : `?token=${token}`}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const smsOnBoard = async (alertId: string, userId: string) =>
    (await board(harness, anna, alertId)).recipients
      .find((line) => line.userId === userId)
      ?.channels.find((channel) => channel.channel === 'sms');

  it('shows an SMS as delivered, or failed with the reason, when the gateway reports it', async () => {
    const bram = await demoUser(harness, BRAM);
    const carla = await demoUser(harness, CARLA);
    const alert = await sendAlert(harness, anna, {
      title: 'Gaslek Stationsplein',
      targets: { userIds: [bram.id, carla.id] },
    });
    await settle(harness);
    expect(await smsOnBoard(alert.id, bram.id)).toMatchObject({ status: 'sent', deliveredAt: null });

    // The operator accepted it first: nothing final to show yet.
    const accepted = await postReport(gateway().statusReport(smsTo(bram.phone), 0));
    expect(await readJson(accepted)).toEqual({ recorded: 0, ignored: 0 });
    expect(await smsOnBoard(alert.id, bram.id)).toMatchObject({ status: 'sent' });

    const delivered = await postReport(gateway().statusReport(smsTo(bram.phone), 2));
    expect(delivered.status).toBe(200);
    expect(await readJson(delivered)).toEqual({ recorded: 1, ignored: 0 });
    expect(await smsOnBoard(alert.id, bram.id)).toMatchObject({
      status: 'delivered',
      deliveredAt: harness.clock().toISOString(),
    });

    const failed = await postReport(
      gateway().statusReport(smsTo(carla.phone), 3, { code: '8', text: 'Subscriber absent' }),
    );
    expect(failed.status).toBe(200);
    expect(await smsOnBoard(alert.id, carla.id)).toMatchObject({
      status: 'failed',
      failureReason: 'NOT_DELIVERED: 8 Subscriber absent',
    });
  });

  it('asks the gateway to send a report again while the SMS it names is still waiting to go out', async () => {
    const daan = await demoUser(harness, DAAN);
    await harness.testApp.database.handle.db
      .update(users)
      .set({ quietHours: { from: '00:00', until: '23:59' } })
      .where(eq(users.id, daan.id));
    const alert = await sendAlert(harness, anna, {
      title: 'Kan wachten',
      urgency: 'normal',
      targets: { userIds: [daan.id] },
    });
    await settle(harness);
    const [queued] = await harness.testApp.database.handle.db
      .select({ id: alertDeliveries.id, status: alertDeliveries.status })
      .from(alertDeliveries)
      .innerJoin(alertRecipients, eq(alertRecipients.id, alertDeliveries.recipientId))
      .where(and(eq(alertDeliveries.alertId, alert.id), eq(alertRecipients.userId, daan.id)));
    expect(queued?.status).toBe('queued');
    const early = gateway().statusReport(
      {
        to: '0031612345604',
        from: 'Baken',
        text: '',
        reference: (queued?.id ?? '').replace(/-/g, ''),
        maximumParts: 3,
      },
      2,
    );
    const answer = await postReport(early);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('60');
    expect((await errorOf(answer)).code).toBe('sms_report_retry_later');
  });

  it('drops a report about a message Baken does not know, so the gateway stops sending it', async () => {
    const stranger = gateway().statusReport(
      {
        to: '0031600000000',
        from: 'Baken',
        text: '',
        reference: 'abcdef0123456789abcdef0123456789',
        maximumParts: 3,
      },
      2,
    );
    expect(await readJson(await postReport(stranger))).toEqual({ recorded: 0, ignored: 1 });
  });

  it('refuses reports without the right token, and anything that is not a report', async () => {
    const body = gateway().statusReport(
      {
        to: '0031600000000',
        from: 'Baken',
        text: '',
        reference: 'abcdef0123456789abcdef0123456789',
        maximumParts: 3,
      },
      2,
    );
    const wrong = await postReport(body, 'x'.repeat(48));
    expect(wrong.status).toBe(401);
    expect(await errorOf(wrong)).toMatchObject({ code: 'sms_report_token_invalid' });
    expect((await postReport(body, null)).status).toBe(401);
    expect((await postReport({ messages: { msg: { reference: 'x' } } })).status).toBe(400);
  });
});

describe.each(backends)('SMS delivery reports without a token configured [%s]', (kind) => {
  it('are not taken at all', async () => {
    const testApp = await createTestApp(kind);
    try {
      const response = await testApp.app.request('/api/sms/status-reports?token=anything', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ messages: { msg: { reference: 'abc', status: { code: '2' } } } }),
      });
      expect(response.status).toBe(404);
    } finally {
      await testApp.close();
    }
  });
});
