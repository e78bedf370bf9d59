import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { recipientNotices } from '../../server/db/schema/disclosures.js';
import { mailMessages } from '../../server/db/schema/mail-messages.js';
import { users } from '../../server/db/schema/users.js';
import type { JobQueue } from '../../server/jobs/job-queue.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { erasePerson } from '../../server/modules/privacy/erasure/erase-person.js';
import { sendRecipientNotices } from '../../server/modules/privacy/recipient-notices/send-recipient-notices.js';
import { updateControllerDetails } from '../../server/modules/privacy/statement/controller-details.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

const ADMIN = 'beheerder@voorbeeld.nl';
const PASSWORD = 'een-lang-wachtwoord-voor-sanne';
const POLICE_MAIL = 'recherche@politie.example';

interface Notice {
  id: string;
  change: string;
  fields: string[];
  recipient: string;
  status: string;
  reference: string | null;
  note: string | null;
}

const disclosureAbout = (
  subjectEmail: string,
  recipient: string,
  recipientAddress: string,
  reference: string,
) => ({
  kind: 'authority-order',
  recipient,
  recipientAddress,
  subjectEmail,
  dataDescription: 'Naam, telefoonnummer en inlogtijden van maart',
  legalBasis: 'legal-obligation',
  reference,
  disclosedAt: '2026-11-03T10:00:00+01:00',
});

// @promise P17 recipients of disclosed data are told of its correction, erasure or restriction (art. 19)
describe.each(backends)('telling recipients of changes to disclosed data (art. 19) [%s]', (kind) => {
  let testApp: TestApp;
  let jobs: JobQueue;
  let officer: string;
  let admin: string;
  let otherAdmin: string;
  let personCookie: string;
  let person: typeof users.$inferSelect;
  let organisationId: string;
  const db = () => testApp.database.handle.db;
  const noticesOf = (change: string) =>
    db().select().from(recipientNotices).where(eq(recipientNotices.change, change));

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    jobs = testApp.jobs;
    const [demoAdmin] = await db().select().from(users).where(eq(users.email, ADMIN));
    if (!demoAdmin) throw new Error('no demo admin');
    organisationId = demoAdmin.organisationId;
    person = await buildUser(db(), organisationId, {
      name: 'Sanne Verstrekt-Testpersoon',
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    });
    const bystander = await buildUser(db(), organisationId, { name: 'Collega Zonder Verstrekking' });
    officer = await signInToApp(testApp, 'operator@baken.local');
    admin = await signInToApp(testApp, ADMIN);
    personCookie = await signInToApp(testApp, person.email, '198.51.100.41', PASSWORD);
    const other = await buildOrganisation(db(), 'Ziekenhuis Art19');
    await db()
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date() })
      .where(eq(users.id, other.admin.id));
    otherAdmin = await signInToApp(testApp, other.admin.email);
    for (const body of [
      disclosureAbout(person.email, 'Politie Eenheid Utrecht', POLICE_MAIL, 'PL0900-2026-118'),
      disclosureAbout(person.email, 'Officier van justitie', 'Postbus 8300, 3503 RH Utrecht', 'OM-2026-7'),
      disclosureAbout(bystander.email, 'Politie Eenheid Utrecht', POLICE_MAIL, 'PL0900-2026-200'),
    ]) {
      const recorded = await requestAs(testApp, officer, 'POST', '/api/operator/disclosures', body);
      expect(recorded.status).toBe(201);
    }
  }, 60_000);
  afterAll(async () => {
    await testApp?.close();
  });

  it('records nothing when the person changes what no recipient received', async () => {
    const changed = await requestAs(testApp, personCookie, 'PATCH', '/api/me', { language: 'en' });
    expect(changed.status).toBe(200);
    expect(await db().select().from(recipientNotices)).toHaveLength(0);
  });

  it('records a notice per recipient of the person’s data when they correct their name and phone', async () => {
    const changed = await requestAs(testApp, personCookie, 'PATCH', '/api/me', {
      name: 'Sanne Verbeterd-Testpersoon',
      phone: '+31612345678',
      language: 'nl',
    });
    expect(changed.status).toBe(200);
    const notices = await noticesOf('rectification');
    expect(notices.map((notice) => notice.recipient).sort()).toEqual([
      'Officier van justitie',
      'Politie Eenheid Utrecht',
    ]);
    for (const notice of notices) expect(notice.fields.sort()).toEqual(['name', 'phone']);
    // Mailed when the recipient has an e-mail address; otherwise the operator must tell them.
    expect(notices.find((notice) => notice.recipient.startsWith('Politie'))?.status).toBe('pending');
    expect(notices.find((notice) => notice.recipient.startsWith('Officier'))?.status).toBe('to_tell');
  });

  it('mails a pending notice once, naming the disclosure by date and reference and not the person', async () => {
    // Without the controller's e-mail address there is nobody to name for questions: they wait.
    expect(await sendRecipientNotices(db(), jobs, new Date())).toEqual({ sent: 0, waitingForContact: true });
    await updateControllerDetails(
      db(),
      { userId: person.id, organisationId },
      {
        controllerName: 'Baken Beheer B.V.',
        postalAddress: 'Postbus 12, 3500 AA Utrecht',
        email: 'privacy@baken.example',
        phone: '030 123 45 67',
        chamberOfCommerceNumber: '12345678',
        privacyOfficerContact: 'F. de Functionaris',
      },
      '192.0.2.9',
    );
    expect((await sendRecipientNotices(db(), jobs, new Date())).sent).toBe(1);
    expect((await sendRecipientNotices(db(), jobs, new Date())).sent).toBe(0);
    const mails = await db()
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.template, 'recipient-notice'), eq(mailMessages.toAddress, POLICE_MAIL)));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.textBody).toContain('PL0900-2026-118');
    expect(mail?.textBody).toContain('3 november 2026');
    expect(mail?.textBody).toContain('gecorrigeerd (naam, telefoonnummer)');
    expect(mail?.textBody).toContain('privacy@baken.example');
    expect(mail?.textBody).not.toContain('Sanne');
    expect(mail?.textBody).not.toContain('+31612345678');
    const [sent] = await db()
      .select()
      .from(recipientNotices)
      .where(and(eq(recipientNotices.status, 'sent'), eq(recipientNotices.recipientAddress, POLICE_MAIL)));
    expect(sent?.mailId).toBe(mail?.id);
  });

  it('lets the operator’s privacy officer record how a recipient without e-mail was told, once', async () => {
    const list = await readJson<Notice[]>(
      await requestAs(testApp, officer, 'GET', '/api/operator/recipient-notices'),
    );
    expect(list[0]).toMatchObject({ recipient: 'Officier van justitie', status: 'to_tell' });
    const id = list[0]?.id ?? '';
    const empty = await requestAs(testApp, officer, 'POST', `/api/operator/recipient-notices/${id}/told`, {
      note: ' ',
    });
    expect(empty.status).toBe(400);
    const byAdmin = await requestAs(testApp, admin, 'POST', `/api/operator/recipient-notices/${id}/told`, {
      note: 'Brief verstuurd',
    });
    expect(byAdmin.status).toBe(403);
    const told = await requestAs(testApp, officer, 'POST', `/api/operator/recipient-notices/${id}/told`, {
      note: 'Brief verstuurd op 4 november, kenmerk B-12',
    });
    expect(told.status).toBe(204);
    const again = await requestAs(testApp, officer, 'POST', `/api/operator/recipient-notices/${id}/told`, {
      note: 'Nog eens',
    });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toContain('al geïnformeerd');
    const [row] = await db().select().from(recipientNotices).where(eq(recipientNotices.id, id));
    expect(row).toMatchObject({ status: 'told', note: 'Brief verstuurd op 4 november, kenmerk B-12' });
    const audit = await db().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((entry) => entry.action)).toEqual(['recipient_notice.told']);
  });

  it('shows the organisation’s admins their people’s notices, and another organisation nothing', async () => {
    const own = await readJson<Notice[]>(
      await requestAs(testApp, admin, 'GET', '/api/organisation/recipient-notices'),
    );
    expect(own.map((notice) => notice.status).sort()).toEqual(['sent', 'told']);
    const others = await readJson<Notice[]>(
      await requestAs(testApp, otherAdmin, 'GET', '/api/organisation/recipient-notices'),
    );
    expect(others).toEqual([]);
    const member = await requestAs(testApp, personCookie, 'GET', '/api/organisation/recipient-notices');
    expect(member.status).toBe(403);
  });

  it('records notices when the person’s processing is restricted', async () => {
    const restricted = await requestAs(testApp, admin, 'POST', `/api/users/${person.id}/restriction`, {
      ground: 'accuracy-contested',
    });
    expect(restricted.status).toBe(201);
    expect((await noticesOf('restriction')).map((notice) => notice.recipient).sort()).toEqual([
      'Officier van justitie',
      'Politie Eenheid Utrecht',
    ]);
    const lifted = await requestAs(testApp, admin, 'DELETE', `/api/users/${person.id}/restriction`);
    expect(lifted.status).toBe(204);
  });

  it('records notices on erasure before the link to the account goes, keeping nothing of the person', async () => {
    const result = await erasePerson(db(), organisationId, person.id, {
      reason: 'erasure_request',
      requestedBy: null,
    });
    expect(result.outcome).toBe('erased');
    const notices = await noticesOf('erasure');
    expect(notices.map((notice) => notice.reference).sort()).toEqual(['OM-2026-7', 'PL0900-2026-118']);
    const stored = JSON.stringify(await db().select().from(recipientNotices));
    expect(stored).not.toContain(person.id);
    expect(stored).not.toContain(person.email);
    expect(stored).not.toContain('Sanne');
  });
});
