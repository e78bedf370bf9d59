import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVapidKeys } from '../../server/channels/push/vapid-keys.js';
import type { DatabaseKind } from '../../server/db/database.js';
import { uuidv7 } from '../../server/db/ids.js';
import { markDataDirInitialised, openDatabase } from '../../server/db/open-database.js';
import { organisations } from '../../server/db/schema/organisations.js';
import { pushSubscriptions } from '../../server/db/schema/push-subscriptions.js';
import { users } from '../../server/db/schema/users.js';
import { seedDemo } from '../../server/modules/demo/seed-demo.js';
import { type PushTestService, startPushTestService } from '../support/push-test-service.js';
import { type SmppTestServer, startSmppTestServer } from '../support/smpp-test-server.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { createPostgresDatabase, testBackends } from '../support/test-database.js';
import {
  DEMO_PASSWORD,
  signInCookie,
  startTestServer,
  TEST_SECRET_KEY,
  type TestServer,
} from '../support/test-server.js';

const backends = await testBackends();
const PEOPLE = 1000;

interface Board {
  recipients: { userId: string; channels: { channel: string; status: string }[] }[];
}

/**
 * The acceptance test of "delivery is a job": a 1,000-person alert on three channels, the worker
 * killed with SIGKILL while messages are in flight and most are still queued, then started again.
 * The receivers hold their answers at the moment of the kill, so the kill lands while hand-overs
 * are unanswered (they are lost with the connection, as for any SMTP/SMPP/HTTP peer) and after
 * every answered one was recorded: the restarted worker must send each missing message once and
 * none twice. (A message the receiver accepted in the instant before its outcome was written can
 * go out twice; see ARCHITECTURE "Alerting". That window is not what this test is about.)
 */
describe.each(backends)('a killed delivery worker [%s]', (kind: DatabaseKind) => {
  let smtp: SmtpTestServer;
  let smpp: SmppTestServer;
  let push: PushTestService;
  let dataDir: string;
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const servers: TestServer[] = [];
  const endpoints = new Map<string, string>();
  const people: { id: string; email: string; phone: string }[] = [];

  beforeAll(async () => {
    [smtp, smpp, push] = await Promise.all([
      startSmtpTestServer(),
      startSmppTestServer(),
      startPushTestService(),
    ]);
    dataDir = mkdtempSync(join(tmpdir(), 'baken-crash-'));
    if (kind === 'postgres') {
      const created = await createPostgresDatabase();
      databaseUrl = created.url;
      dropDatabase = created.drop;
    }
    // The database is prepared here, then handed to the server processes.
    const { handle, firstStart } = await openDatabase({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
    await seedDemo(handle.db, DEMO_PASSWORD, { onCall: false });
    await loadVapidKeys(handle.db, Buffer.from(TEST_SECRET_KEY, 'base64'));
    const [organisation] = await handle.db.select().from(organisations);
    if (!organisation) throw new Error('no demo organisation');
    for (let index = 0; index < PEOPLE; index++) {
      const id = uuidv7();
      people.push({ id, email: `piket-${index}@voorbeeld.nl`, phone: `+31 6 ${String(20_000_000 + index)}` });
    }
    await handle.db.insert(users).values(
      people.map((person, index) => ({
        ...person,
        organisationId: organisation.id,
        name: `Hulpverlener ${index}`,
        notificationChannels: ['push', 'email', 'sms'] as ('push' | 'email' | 'sms')[],
      })),
    );
    const subscriptions = await Promise.all(people.map(() => push.subscribe()));
    await handle.db.insert(pushSubscriptions).values(
      subscriptions.map((subscription, index) => {
        const person = people[index] as (typeof people)[number];
        endpoints.set(subscription.endpoint, person.id);
        return {
          id: uuidv7(),
          organisationId: organisation.id,
          userId: person.id,
          endpoint: subscription.endpoint,
          p256dh: subscription.keys.p256dh,
          auth: subscription.keys.auth,
        };
      }),
    );
    await handle.close();
    if (firstStart && !databaseUrl) markDataDirInitialised(dataDir);
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.stop('SIGKILL').catch(() => {});
    await Promise.all([smtp?.close(), smpp?.close(), push?.close()]);
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = (roles: string) => ({
    ROLES: roles,
    DEMO: 'false',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    PUBLIC_URL: 'http://baken.test',
    SMTP_URL: smtp.url,
    SMS_GATEWAY: 'smpp',
    SMPP_URL: smpp.url,
    ALERT_DELIVERY_LEASE_MS: '3000',
    ALERT_SWEEP_MS: '250',
    ALERT_DELIVERY_CONCURRENCY: '16',
  });
  // On PostgreSQL the worker is its own process beside the web process; the embedded database
  // belongs to one process, so there the whole server is the worker that gets killed.
  const startWorker = async () => {
    const server = await startTestServer({
      dataDir,
      keepDataDir: true,
      env: env(kind === 'postgres' ? 'web,worker' : 'web,worker,cron'),
    });
    servers.push(server);
    return server;
  };

  it('ends with every person having exactly one message per channel', async () => {
    const web =
      kind === 'postgres'
        ? await startTestServer({ dataDir, keepDataDir: true, env: env('web') })
        : undefined;
    if (web) servers.push(web);
    const firstWorker = await startWorker();
    const api = (web ?? firstWorker).url;
    const cookie = await signInCookie(api);
    const sent = await fetch(`${api}/api/alerts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({
        title: 'Grote brand haven',
        targets: { userIds: people.map((person) => person.id) },
      }),
    });
    expect(sent.status).toBe(201);
    const { id: alertId } = (await sent.json()) as { id: string };

    // In the middle: some of each channel arrived, most are still to come.
    await Promise.all([
      smtp.waitForCount(50, 60_000),
      smpp.waitForCount(50, 60_000),
      push.waitForCount(50, 60_000),
    ]);
    smtp.hold();
    smpp.hold();
    push.hold();
    const answered = () => ({
      email: smtp.received.length,
      sms: smpp.messages.length,
      push: push.received.length,
    });
    const counted = answered();
    expect(counted.email + counted.sms + counted.push).toBeLessThan(PEOPLE * 3);
    // Wait until what the receivers answered is on the board (an in-flight answer is written within
    // milliseconds); hand-overs still unanswered stay `sending`.
    const recordedOf = async () => {
      const board = (await (
        await fetch(`${api}/api/alerts/${alertId}`, { headers: { Cookie: cookie } })
      ).json()) as Board;
      const done = { email: 0, sms: 0, push: 0 } as Record<string, number>;
      for (const line of board.recipients)
        for (const channel of line.channels)
          if (channel.status === 'sent' || channel.status === 'delivered')
            done[channel.channel] = (done[channel.channel] ?? 0) + 1;
      return done;
    };
    for (let tries = 0; ; tries++) {
      const done = await recordedOf();
      const now = answered();
      if (done.email === now.email && done.sms === now.sms && done.push === now.push) break;
      if (tries > 400) throw new Error(`outcomes not recorded: ${JSON.stringify({ done, now })}`);
      await sleep(25);
    }

    firstWorker.process.kill('SIGKILL');
    await firstWorker.stop('SIGKILL');
    // The connections of the dead worker close; what they held was never accepted.
    for (let tries = 0; smtp.heldCount + smpp.held + push.heldCount > 0; tries++) {
      if (tries > 400) throw new Error('held messages of the dead worker were not dropped');
      await sleep(25);
    }
    smtp.release();
    smpp.release();
    push.release();

    const secondWorker = await startWorker();
    await Promise.all([
      smtp.waitForCount(PEOPLE, 120_000),
      smpp.waitForCount(PEOPLE, 120_000),
      push.waitForCount(PEOPLE, 120_000),
    ]);
    // Everything is handed over once the board shows nothing queued or sending.
    const boardApi = web?.url ?? secondWorker.url;
    const boardCookie = web ? cookie : await signInCookie(boardApi);
    for (let tries = 0; ; tries++) {
      const board = (await (
        await fetch(`${boardApi}/api/alerts/${alertId}`, { headers: { Cookie: boardCookie } })
      ).json()) as Board;
      const open = board.recipients
        .flatMap((line) => line.channels)
        .filter((c) => c.status === 'queued' || c.status === 'sending');
      if (open.length === 0) break;
      if (tries > 800) throw new Error(`${open.length} deliveries still open`);
      await sleep(25);
    }

    const perPerson = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return counts;
    };
    const mails = perPerson(smtp.received.flatMap((mail) => mail.to));
    const texts = perPerson(smpp.messages.map((sms) => sms.to));
    const pushes = perPerson(push.received.map((message) => endpoints.get(message.endpoint) ?? 'unknown'));
    expect(mails.size).toBe(PEOPLE);
    expect(texts.size).toBe(PEOPLE);
    expect(pushes.size).toBe(PEOPLE);
    expect([...mails.values(), ...texts.values(), ...pushes.values()].every((count) => count === 1)).toBe(
      true,
    );
    for (const person of people) {
      expect(mails.get(person.email)).toBe(1);
      expect(texts.get(person.phone.replace(/\D/g, ''))).toBe(1);
      expect(pushes.get(person.id)).toBe(1);
    }
  }, 300_000);
});
