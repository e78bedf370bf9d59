import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailAlertSender } from '../../server/channels/alert-delivery/email-alert-sender.js';
import { startAlertWorker } from '../../server/channels/alert-delivery/start-alert-worker.js';
import { createSmtpTransport } from '../../server/channels/email/mail-transport.js';
import { alertDeliveries } from '../../server/db/schema/alerts.js';
import { users } from '../../server/db/schema/users.js';
import { type AlertHarness, startAlertHarness } from '../support/alert-harness.js';
import { signInToApp } from '../support/app-requests.js';
import { testBackends } from '../support/test-database.js';
import { ANNA, demoUser, sendAlert } from './alert-fixtures.js';

const backends = await testBackends();

/**
 * A worker that stops on purpose (a deployment, a scale-down) gives back the deliveries it had
 * claimed but not handed over, so the next worker sends them at once instead of after their
 * lease, and they do not count as a failed attempt.
 */
describe.each(backends)('a delivery worker that stops [%s]', (kind) => {
  let harness: AlertHarness;

  beforeAll(async () => {
    harness = await startAlertHarness(kind, { ALERT_DELIVERY_CONCURRENCY: '2' });
  });
  afterAll(() => harness?.close());

  it('gives back what it claimed but did not send, and the next worker sends each once', async () => {
    const db = harness.testApp.database.handle.db;
    const anna = await demoUser(harness, ANNA);
    const everyone = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.organisationId, anna.organisationId));
    const cookie = await signInToApp(harness.testApp, ANNA);
    harness.smtp.hold();
    const alert = await sendAlert(harness, cookie, {
      title: 'Stoppende worker',
      urgency: 'crisis',
      targets: { userIds: everyone.map((person) => person.id) },
    });
    harness.worker.delivery.kick();
    // Two e-mails are being handed over (held by the server), the others wait in the worker.
    await expect.poll(() => harness.smtp.heldCount, { timeout: 10_000 }).toBe(2);

    const stopping = harness.worker.stop();
    const emails = () =>
      db
        .select()
        .from(alertDeliveries)
        .where(eq(alertDeliveries.alertId, alert.id))
        .then((rows) => rows.filter((row) => row.channel === 'email'));
    await expect
      .poll(async () => (await emails()).filter((row) => row.status === 'queued').length, { timeout: 10_000 })
      .toBe(everyone.length - 2);
    for (const row of (await emails()).filter((entry) => entry.status === 'queued')) {
      expect(row.attempts).toBe(0);
      expect(row.leaseUntil).toBeNull();
    }
    harness.smtp.release();
    await stopping;

    const next = await startAlertWorker({
      handle: harness.testApp.database.handle,
      config: harness.testApp.config,
      secretKey: harness.testApp.secretKey,
      publicUrl: () => 'http://localhost',
      logger: harness.testApp.logger,
      clock: harness.clock,
      senders: [createEmailAlertSender(createSmtpTransport(harness.smtp.url, 'Baken <alarm@baken.local>'))],
    });
    try {
      next.delivery.kick();
      await next.delivery.idle();
    } finally {
      await next.stop();
    }
    const rows = await emails();
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
    const mailsPerPerson = new Map<string, number>();
    for (const mail of harness.smtp.received.filter((entry) => entry.subject.includes('Stoppende worker')))
      for (const to of mail.to) mailsPerPerson.set(to, (mailsPerPerson.get(to) ?? 0) + 1);
    expect(Object.fromEntries(mailsPerPerson)).toEqual(
      Object.fromEntries(everyone.map((person) => [person.email, 1])),
    );
  });
});
