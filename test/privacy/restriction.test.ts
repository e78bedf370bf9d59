import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMail } from '../../server/channels/email/deliver-mail-job.js';
import { createSmtpTransport } from '../../server/channels/email/mail-transport.js';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { mailMessages } from '../../server/db/schema/mail-messages.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const ADMIN = 'beheerder@voorbeeld.nl';
const PASSWORD = 'een-lang-wachtwoord-voor-ruben';

const backends = await testBackends();

// @promise P17 restriction (art. 18): a restricted person is not alerted, cannot change their profile, shows as restricted, and is told before it is lifted
describe.each(backends)('restriction of processing [%s]', (kind) => {
  let testApp: TestApp;
  let smtp: SmtpTestServer;
  let adminCookie: string;
  let personCookie: string;
  let person: typeof users.$inferSelect;
  let colleague: typeof users.$inferSelect;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    smtp = await startSmtpTestServer();
    const db = testApp.database.handle.db;
    const [admin] = await db.select().from(users).where(eq(users.email, ADMIN));
    if (!admin) throw new Error('no demo admin');
    person = await buildUser(db, admin.organisationId, {
      name: 'Ruben Beperkt-Testpersoon',
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    });
    colleague = await buildUser(db, admin.organisationId, { name: 'Collega Niet-Beperkt' });
    adminCookie = await signInToApp(testApp, ADMIN);
    personCookie = await signInToApp(testApp, person.email, '198.51.100.40', PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await testApp?.close();
  });

  it('is set by an admin on one of the four grounds, and audited with it', async () => {
    const refused = await requestAs(testApp, personCookie, 'POST', `/api/users/${colleague.id}/restriction`, {
      ground: 'accuracy-contested',
    });
    expect(refused.status).toBe(403);
    const noGround = await requestAs(testApp, adminCookie, 'POST', `/api/users/${person.id}/restriction`, {
      ground: 'because',
    });
    expect(noGround.status).toBe(400);
    const restricted = await requestAs(testApp, adminCookie, 'POST', `/api/users/${person.id}/restriction`, {
      ground: 'accuracy-contested',
    });
    expect(restricted.status).toBe(201);
    const again = await requestAs(testApp, adminCookie, 'POST', `/api/users/${person.id}/restriction`, {
      ground: 'legal-claim',
    });
    expect(again.status).toBe(409);
    const [entry] = await testApp.database.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.restricted'), eq(auditLog.targetId, person.id)));
    expect(entry?.details).toEqual({ ground: 'accuracy-contested', article: 'AVG/GDPR art. 18(1)(a)' });
  });

  it('shows the person as restricted to admins, and to no colleague', async () => {
    const response = await requestAs(testApp, adminCookie, 'GET', '/api/users');
    const people = await readJson<{ id: string; restrictedAt: string | null }[]>(response);
    expect(people.find((row) => row.id === person.id)?.restrictedAt).not.toBeNull();
    expect(people.find((row) => row.id === colleague.id)?.restrictedAt).toBeNull();
    const asMember = await readJson<{ id: string; restrictedAt: string | null }[]>(
      await requestAs(testApp, personCookie, 'GET', '/api/users'),
    );
    expect(asMember.length).toBeGreaterThan(1);
    expect(asMember.every((row) => row.restrictedAt === null)).toBe(true);
  });

  it('sends the restricted person no alert', async () => {
    const sent = await requestAs(testApp, adminCookie, 'POST', '/api/alerts', {
      title: 'Oefening beperking',
      targets: { userIds: [person.id, colleague.id] },
    });
    expect(sent.status).toBe(201);
    const { id } = await readJson<{ id: string }>(sent);
    const board = await readJson<{ recipients: { userId: string }[] }>(
      await requestAs(testApp, adminCookie, 'GET', `/api/alerts/${id}`),
    );
    expect(board.recipients.map((recipient) => recipient.userId)).toEqual([colleague.id]);
  });

  it('locks the person’s profile and notification settings, with a clear message', async () => {
    const profile = await requestAs(testApp, personCookie, 'PATCH', '/api/me', {
      jobTitle: 'Nieuwe functie',
    });
    expect(profile.status).toBe(409);
    const error = await errorOf(profile);
    expect(error.code).toBe('profile_restricted');
    expect(error.message).toContain('Uw profiel is vergrendeld');
    const english = await testApp.app.request('/api/me', {
      method: 'PATCH',
      headers: {
        Cookie: personCookie,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({ notificationChannels: ['sms'] }),
    });
    expect(english.status).toBe(409);
    expect((await errorOf(english)).message).toContain('Your profile is locked');
    // Nor can the address be changed, even with the right password.
    const address = await requestAs(testApp, personCookie, 'POST', '/api/me/email', {
      email: 'nieuw-adres@voorbeeld.nl',
      password: PASSWORD,
    });
    expect(address.status).toBe(409);
    expect((await errorOf(address)).code).toBe('profile_restricted');
    const [stored] = await testApp.database.handle.db.select().from(users).where(eq(users.id, person.id));
    expect(stored?.jobTitle).toBe(person.jobTitle);
    expect(stored?.notificationChannels).toEqual(person.notificationChannels);
  });

  it('is lifted by the admin after e-mailing the person, who can then change their profile again', async () => {
    const lifted = await requestAs(testApp, adminCookie, 'DELETE', `/api/users/${person.id}/restriction`);
    expect(lifted.status).toBe(204);
    const db = testApp.database.handle.db;
    const [mail] = await db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.toAddress, person.email), eq(mailMessages.template, 'restriction-lifted')));
    if (!mail) throw new Error('no mail to the person');
    // Delivered through a real SMTP server, as the mail worker does.
    const transport = createSmtpTransport(smtp.url, 'Baken <noreply@baken.test>');
    expect(await deliverMail(db, transport, mail.id, { retryCount: 0 })).toBe('sent');
    await smtp.waitForCount(1);
    expect(smtp.received[0]?.to).toEqual([person.email]);
    expect(smtp.received[0]?.subject).toBe('De beperking van uw gegevens in Baken wordt opgeheven');
    expect(smtp.received[0]?.text).toContain('Autoriteit Persoonsgegevens');
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.restriction_lifted'), eq(auditLog.targetId, person.id)));
    expect(entry).toBeDefined();
    // Lifting what is not restricted changes nothing and sends nothing.
    const twice = await requestAs(testApp, adminCookie, 'DELETE', `/api/users/${person.id}/restriction`);
    expect(twice.status).toBe(409);
    const mails = await db.select().from(mailMessages).where(eq(mailMessages.template, 'restriction-lifted'));
    expect(mails).toHaveLength(1);
    const profile = await requestAs(testApp, personCookie, 'PATCH', '/api/me', {
      jobTitle: 'Nieuwe functie',
    });
    expect(profile.status).toBe(200);
  });
});
