import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { roleDeputies } from '../../server/db/schema/alerts.js';
import { onCallRosters } from '../../server/db/schema/rosters.js';
import { users } from '../../server/db/schema/users.js';
import { type AlertHarness, startAlertHarness, tokenIn } from '../support/alert-harness.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { testBackends } from '../support/test-database.js';
import {
  ANNA,
  BRAM,
  board,
  CARLA,
  DAAN,
  demoRoleId,
  demoUser,
  EVA,
  respondByLink,
  sendAlert,
  setChannels,
  settle,
} from './alert-fixtures.js';

const backends = await testBackends();

describe.each(backends)('escalation, deputies, on call and cancelling [%s]', (kind) => {
  let harness: AlertHarness;
  let anna: string;
  let bram: Awaited<ReturnType<typeof demoUser>>;
  let carla: Awaited<ReturnType<typeof demoUser>>;
  let daan: Awaited<ReturnType<typeof demoUser>>;
  let eva: Awaited<ReturnType<typeof demoUser>>;

  const smsTo = (user: { phone: string | null }) => {
    const number = (user.phone ?? '').replace(/\D/g, '');
    return harness.smpp.messages.filter((sms) => sms.to === number);
  };
  const mailTo = (email: string) => harness.smtp.received.filter((mail) => mail.to.includes(email));
  const sweepAfter = async (minutes: number) => {
    harness.clock.advanceMinutes(minutes);
    await harness.worker.sweep();
    await settle(harness);
  };

  beforeAll(async () => {
    harness = await startAlertHarness(kind);
    anna = await signInToApp(harness.testApp, ANNA);
    bram = await demoUser(harness, BRAM);
    carla = await demoUser(harness, CARLA);
    daan = await demoUser(harness, DAAN);
    eva = await demoUser(harness, EVA);
    // Nobody has a push device here, so push always fails at once with `no_push_device`.
    await setChannels(harness, BRAM, ['email', 'sms']);
    await setChannels(harness, CARLA, ['email']);
  });
  afterAll(async () => harness?.close());

  it('a normal alert starts with the first channel and moves to the next after the set minutes, not before', async () => {
    const alert = await sendAlert(harness, anna, {
      title: 'Normale alarmering',
      urgency: 'normal',
      escalationMinutes: 10,
      targets: { userIds: [bram.id] },
    });
    await settle(harness);
    // Bram's plan: SMS first (he chose it; faster to notice than e-mail), then e-mail.
    expect(smsTo(bram)).toHaveLength(1);
    expect(mailTo(BRAM)).toHaveLength(0);

    await sweepAfter(9);
    expect(mailTo(BRAM)).toHaveLength(0);
    await sweepAfter(1);
    expect(mailTo(BRAM)).toHaveLength(1);
    const shown = await board(harness, anna, alert.id);
    expect(shown.recipients[0]?.channels.map((c) => c.channel)).toEqual(['sms', 'email']);

    // Every channel of the plan was used: nothing more, however long it stays quiet.
    await sweepAfter(60);
    expect(smsTo(bram)).toHaveLength(1);
    expect(mailTo(BRAM)).toHaveLength(1);
  });

  it('a crisis alert reaches on its escalation the channels the person did not choose, and an answer stops it', async () => {
    const alert = await sendAlert(harness, anna, {
      title: 'Crisis zonder antwoord',
      escalationMinutes: 5,
      targets: { userIds: [carla.id, bram.id] },
    });
    await settle(harness);
    const carlaSmsBefore = smsTo(carla).length;
    const bramMailBefore = mailTo(BRAM).length;
    // Bram answers by the link in his SMS; Carla does not answer.
    const bramToken = tokenIn(smsTo(bram).at(-1)?.text ?? '');
    expect((await respondByLink(harness, bramToken, { response: 'acknowledged' })).status).toBe(200);

    await sweepAfter(4);
    expect(smsTo(carla).length).toBe(carlaSmsBefore);
    await sweepAfter(1);
    // Carla chose e-mail only; unanswered, the crisis alert tries her phone (she has no push device).
    expect(smsTo(carla).length).toBe(carlaSmsBefore + 1);
    const later = await board(harness, anna, alert.id);
    expect(later.recipients.find((line) => line.userId === carla.id)?.channels.map((c) => c.channel)).toEqual(
      ['email', 'sms'],
    );
    // Bram answered: nothing more for him.
    expect(mailTo(BRAM).length).toBe(bramMailBefore);
    expect(later.recipients.find((line) => line.userId === bram.id)?.channels.map((c) => c.channel)).toEqual([
      'sms',
      'email',
    ]);
  });

  it('when nobody holding a role is coming, its deputies are alerted, once', async () => {
    const db = harness.testApp.database.handle.db;
    const voorzitter = await demoRoleId(harness, bram.organisationId, 'Voorzitter');
    await db.insert(roleDeputies).values([
      { organisationId: bram.organisationId, roleId: voorzitter, userId: daan.id, position: 0 },
      { organisationId: bram.organisationId, roleId: voorzitter, userId: eva.id, position: 1 },
    ]);
    const started = await requestAs(harness.testApp, anna, 'POST', '/api/incidents', {
      title: 'Stroomstoring',
      participants: [{ userId: bram.id, roleId: voorzitter }, { userId: carla.id }],
    });
    const { alertId, id: incidentId } = await readJson<{ alertId: string; id: string }>(started);
    await settle(harness);
    const token = tokenIn(smsTo(bram).at(-1)?.text ?? '');
    // The only Voorzitter cannot come: the deputies are called at once, not after the minutes.
    await respondByLink(harness, token, { response: 'unavailable' });
    await sweepAfter(0);
    const shown = await board(harness, anna, alertId);
    const deputies = shown.recipients.filter((line) => line.reason === 'deputy').map((line) => line.userId);
    expect(deputies.sort()).toEqual([daan.id, eva.id].sort());
    expect(mailTo(DAAN).at(-1)?.subject).toContain('Stroomstoring');

    // They joined the incident, so the link in their alert opens a room they may enter.
    const daanCookie = await signInToApp(harness.testApp, DAAN);
    const room = await requestAs(harness.testApp, daanCookie, 'GET', `/api/incidents/${incidentId}`);
    expect(room.status).toBe(200);

    await sweepAfter(30);
    const later = await board(harness, anna, alertId);
    expect(later.recipients.filter((line) => line.reason === 'deputy')).toHaveLength(2);
  });

  it('deputies count the minutes from when the role was called, not from an alert that waited for quiet hours', async () => {
    const db = harness.testApp.database.handle.db;
    const notulist = await demoRoleId(harness, daan.organisationId, 'Notulist');
    await db.insert(roleDeputies).values({
      organisationId: daan.organisationId,
      roleId: notulist,
      userId: eva.id,
      position: 0,
    });
    await setChannels(harness, DAAN, ['email']);
    // Daan, the only Notulist, sleeps for another hour.
    const wallClock = (minutesFromNow: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(harness.clock().getTime() + minutesFromNow * 60_000));
    await db
      .update(users)
      .set({ quietHours: { from: wallClock(-1), until: wallClock(60) } })
      .where(eq(users.id, daan.id));
    const mailsBefore = mailTo(DAAN).length;
    const alert = await sendAlert(harness, anna, {
      title: 'Na de nachtrust',
      urgency: 'normal',
      escalationMinutes: 10,
      targets: { roleIds: [notulist] },
    });
    await settle(harness);
    const deputiesOnBoard = async () =>
      (await board(harness, anna, alert.id)).recipients.filter((line) => line.reason === 'deputy');

    // Long past the alert's ten minutes, but Daan has not been called yet: nobody else is woken.
    await sweepAfter(45);
    expect(mailTo(DAAN)).toHaveLength(mailsBefore);
    expect(await deputiesOnBoard()).toEqual([]);
    // His quiet hours end and his e-mail goes out; the ten minutes start now.
    await sweepAfter(15);
    expect(mailTo(DAAN)).toHaveLength(mailsBefore + 1);
    await sweepAfter(9);
    expect(await deputiesOnBoard()).toEqual([]);
    await sweepAfter(1);
    expect((await deputiesOnBoard()).map((line) => line.userId)).toEqual([eva.id]);

    await db.update(users).set({ quietHours: null }).where(eq(users.id, daan.id));
  });

  it('"whoever is on call" is resolved when the alert is sent', async () => {
    const db = harness.testApp.database.handle.db;
    const communicatie = await demoRoleId(harness, bram.organisationId, 'Communicatie');
    // Weekly turns from a week ago: this week is the second person's (Carla's).
    await db.insert(onCallRosters).values({
      id: uuidv7(),
      organisationId: bram.organisationId,
      roleId: communicatie,
      name: 'Piket communicatie',
      rotationStart: new Date(harness.clock().getTime() - 7 * 24 * 3_600_000 - 3_600_000),
      shiftHours: 168,
      memberIds: [eva.id, carla.id],
    });
    const alert = await sendAlert(harness, anna, {
      title: 'Piket',
      targets: { onCallRoleIds: [communicatie] },
    });
    expect(alert.counts.recipients).toBe(1);
    const shown = await board(harness, anna, alert.id);
    expect(shown.recipients.map((line) => line.userId)).toEqual([carla.id]);
    expect(shown.recipients[0]).toMatchObject({ reason: 'on_call' });
  });

  it('a cancelled alert sends nothing more and its links say so', async () => {
    await setChannels(harness, DAAN, ['email']);
    await harness.testApp.database.handle.db
      .update(users)
      .set({ quietHours: { from: '00:00', until: '23:59' } })
      .where(eq(users.id, daan.id));
    // A normal alert waits for the end of quiet hours: queued, not sent.
    const alert = await sendAlert(harness, anna, {
      title: 'Kan wachten',
      urgency: 'normal',
      targets: { userIds: [daan.id] },
    });
    await settle(harness);
    const before = await board(harness, anna, alert.id);
    expect(before.recipients[0]?.channels).toMatchObject([{ channel: 'email', status: 'queued' }]);

    const cancelled = await requestAs(harness.testApp, anna, 'POST', `/api/alerts/${alert.id}/cancel`);
    expect(cancelled.status).toBe(200);
    const after = await readJson<{ status: string; recipients: { channels: { status: string }[] }[] }>(
      cancelled,
    );
    expect(after.status).toBe('cancelled');
    expect(after.recipients[0]?.channels[0]?.status).toBe('cancelled');
    const mailsBefore = mailTo(DAAN).length;
    await sweepAfter(24 * 60);
    expect(mailTo(DAAN).length).toBe(mailsBefore);

    const viaApp = await requestAs(
      harness.testApp,
      await signInToApp(harness.testApp, DAAN),
      'POST',
      `/api/alerts/${alert.id}/response`,
      {
        response: 'coming',
      },
    );
    expect(viaApp.status).toBe(410);
    expect((await errorOf(viaApp)).code).toBe('alert_cancelled');
  });

  it('a member who is not on the incident cannot alert, see or cancel its alerts; another organisation cannot tell they exist', async () => {
    const alert = await sendAlert(harness, anna, {
      title: 'Alleen voor beheer',
      targets: { userIds: [carla.id] },
    });
    const eve = await signInToApp(harness.testApp, EVA);
    expect((await requestAs(harness.testApp, eve, 'GET', `/api/alerts/${alert.id}`)).status).toBe(404);
    expect((await requestAs(harness.testApp, eve, 'POST', `/api/alerts/${alert.id}/cancel`)).status).toBe(
      404,
    );
    const own = await requestAs(harness.testApp, eve, 'POST', '/api/alerts', {
      title: 'Zelf',
      targets: { userIds: [carla.id] },
    });
    expect(own.status).toBe(403);
    const badInput = await requestAs(harness.testApp, anna, 'POST', '/api/alerts', {
      title: '',
      targets: {},
    });
    expect(badInput.status).toBe(400);
    expect((await errorOf(badInput)).fields?.map((field) => field.path)).toContain('title');
  });

  it('a channel that cannot work (a mistyped number) moves on at the next sweep, even for a normal alert', async () => {
    const db = harness.testApp.database.handle.db;
    await setChannels(harness, EVA, ['sms']);
    await db.update(users).set({ phone: '012345' }).where(eq(users.id, eva.id));
    const alert = await sendAlert(harness, anna, {
      title: 'Verkeerd nummer',
      urgency: 'normal',
      targets: { userIds: [eva.id] },
    });
    await settle(harness);
    const before = await board(harness, anna, alert.id);
    expect(before.recipients[0]?.channels.map((c) => [c.channel, c.status, c.failureReason])).toEqual([
      ['sms', 'failed', 'invalid_phone_number'],
    ]);
    // No waiting for the alert's minutes: the next sweep tries e-mail.
    await sweepAfter(0);
    expect(mailTo(EVA).at(-1)?.subject).toContain('Verkeerd nummer');
    await db.update(users).set({ phone: eva.phone }).where(eq(users.id, eva.id));
  });

  it('a role holder who has seen the alert does not call the deputies at once; only "not available" does', async () => {
    const informatie = await demoRoleId(harness, bram.organisationId, 'Informatiemanager');
    await harness.testApp.database.handle.db
      .insert(roleDeputies)
      .values({ organisationId: bram.organisationId, roleId: informatie, userId: carla.id, position: 0 });
    const started = await requestAs(harness.testApp, anna, 'POST', '/api/incidents', {
      title: 'Gezien is geen afmelding',
      participants: [{ userId: daan.id, roleId: informatie }],
    });
    const { alertId } = await readJson<{ alertId: string }>(started);
    await settle(harness);
    const daanCookie = await signInToApp(harness.testApp, DAAN);
    await requestAs(harness.testApp, daanCookie, 'POST', `/api/alerts/${alertId}/response`, {
      response: 'acknowledged',
    });
    await sweepAfter(0);
    expect((await board(harness, anna, alertId)).recipients.some((line) => line.reason === 'deputy')).toBe(
      false,
    );
    // Only Daan's role on this alert, and he is not coming: after the minutes, the deputy is called.
    await sweepAfter(5);
    expect(
      (await board(harness, anna, alertId)).recipients.filter((line) => line.reason === 'deputy'),
    ).toHaveLength(1);

    // Daan was alerted and works on the incident, but calling the alert off is for its sender and admins.
    const cancel = await requestAs(harness.testApp, daanCookie, 'POST', `/api/alerts/${alertId}/cancel`);
    expect(cancel.status).toBe(403);
  });
});
