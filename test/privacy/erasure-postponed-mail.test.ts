import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { erasureSchedule } from '../../server/db/schema/erasure-schedule.js';
import { mailMessages } from '../../server/db/schema/mail-messages.js';
import { users } from '../../server/db/schema/users.js';
import type { JobQueue } from '../../server/jobs/job-queue.js';
import { runRetention } from '../../server/modules/privacy/retention/run-retention.js';
import { buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const backends = await testBackends();
const DAY = 24 * 60 * 60 * 1000;
const REASON = 'Schadeclaim na de brand van 12 februari; advocaat vraagt alle stukken te bewaren.';

// @promise P17 a person whose erasure waits under an exception is told why, once, by e-mail
describe.each(backends)('a postponed erasure is explained to the person [%s]', (kind) => {
  let testApp: TestApp;
  let jobs: JobQueue;
  let person: typeof users.$inferSelect;
  const db = () => testApp.database.handle.db;
  const mails = () =>
    db()
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.toAddress, person.email), eq(mailMessages.template, 'erasure-postponed')));

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    jobs = testApp.jobs;
    const [admin] = await db().select().from(users).where(eq(users.email, 'beheerder@voorbeeld.nl'));
    if (!admin) throw new Error('no demo admin');
    person = await buildUser(db(), admin.organisationId, {
      name: 'Kees Bewaard-Testpersoon',
      language: 'en',
    });
    const adminCookie = await signInToApp(testApp, admin.email);
    const placed = await requestAs(testApp, adminCookie, 'POST', '/api/legal-holds', {
      ground: 'legal-claim',
      reason: REASON,
      until: new Date(Date.now() + 180 * DAY).toISOString(),
      userId: person.id,
    });
    expect(placed.status).toBe(201);
    // Cancelled a month ago: the grace period is over, so the nightly run tries to erase.
    await db()
      .update(users)
      .set({ status: 'cancelled', cancelledAt: new Date(Date.now() - 31 * DAY) })
      .where(eq(users.id, person.id));
    await db()
      .insert(erasureSchedule)
      .values({
        id: uuidv7(),
        organisationId: admin.organisationId,
        subjectType: 'user',
        subjectId: person.id,
        reason: 'account_cancelled_by_organisation',
        requestedBy: admin.id,
        requestedAt: new Date(Date.now() - 31 * DAY),
        dueAt: new Date(Date.now() - DAY),
      });
  }, 60_000);
  afterAll(async () => {
    await testApp?.close();
  });

  it('mails the hold’s reason in the person’s language on the first postponement, and not every night', async () => {
    const first = await runRetention(testApp.database.handle, new Date(), jobs);
    expect(first.erasuresPostponed).toBeGreaterThanOrEqual(1);
    const sent = await mails();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe('Baken: the erasure of your data waits');
    expect(sent[0]?.textBody).toContain(REASON);
    expect(sent[0]?.textBody).toContain('AVG/GDPR art. 17(3)(e)');
    expect(sent[0]?.textBody).toContain('Autoriteit Persoonsgegevens');

    await runRetention(testApp.database.handle, new Date(Date.now() + DAY), jobs);
    expect(await mails()).toHaveLength(1);
    const [still] = await db().select().from(users).where(eq(users.id, person.id));
    expect(still?.email).toBe(person.email);
  });
});
