import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { disclosures } from '../../server/db/schema/disclosures.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { buildOrganisation } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

interface Disclosure {
  id: string;
  kind: string;
  recipient: string;
  subject: { email: string } | null;
  legalBasis: string;
  reference: string | null;
  recordedBy: string | null;
}

const ORDER = {
  kind: 'authority-order',
  recipient: 'Politie Eenheid Utrecht',
  recipientAddress: 'Postbus 8300, 3503 RH Utrecht',
  subjectEmail: 'burgemeester@voorbeeld.nl',
  dataDescription: 'Naam, e-mailadres en inlogtijden van maart 2027',
  legalBasis: 'legal-obligation',
  reference: 'Vordering art. 126nd Sv, PL0900-2027-123',
  disclosedAt: '2027-03-02T10:00:00+01:00',
};

// @promise P11 a disclosure to an authority is recorded, allowed only on its kind's grounds, and shown to the person and their organisation
describe.each(backends)('the disclosures register [%s]', (kind) => {
  let testApp: TestApp;
  let officer: string;
  let member: string;
  let adminA: string;
  let adminB: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    officer = await signInToApp(testApp, 'operator@baken.local');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    adminA = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    const other = await buildOrganisation(db, 'Ziekenhuis B');
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db
      .update(users)
      .set({ passwordHash, emailVerifiedAt: new Date() })
      .where(eq(users.id, other.admin.id));
    adminB = await signInToApp(testApp, other.admin.email);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('records a disclosure on an order, audited, in the operator’s register', async () => {
    const response = await requestAs(testApp, officer, 'POST', '/api/operator/disclosures', ORDER);
    expect(response.status).toBe(201);
    const recorded = await readJson<Disclosure>(response);
    expect(recorded).toMatchObject({
      kind: 'authority-order',
      recipient: 'Politie Eenheid Utrecht',
      subject: { email: 'burgemeester@voorbeeld.nl' },
      legalBasis: 'legal-obligation',
      reference: ORDER.reference,
    });
    const register = await readJson<Disclosure[]>(
      await requestAs(testApp, officer, 'GET', '/api/operator/disclosures'),
    );
    expect(register.map((entry) => entry.id)).toContain(recorded.id);
    const audit = await testApp.database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, recorded.id));
    expect(audit.map((entry) => entry.action)).toEqual(['disclosure.recorded']);
  });

  it('refuses a legal basis the kind does not allow, in Dutch and English, writing nothing', async () => {
    const db = testApp.database.handle.db;
    const before = (await db.select().from(disclosures)).length;
    const refused = await requestAs(testApp, officer, 'POST', '/api/operator/disclosures', {
      ...ORDER,
      legalBasis: 'legitimate-interests',
    });
    expect(refused.status).toBe(400);
    const body = await readJson<{ error: { code: string; message: string } }>(refused);
    expect(body.error.code).toBe('disclosure_basis_not_allowed');
    expect(body.error.message).toContain('grondslag');
    const english = await testApp.app.request('/api/operator/disclosures?lang=en', {
      method: 'POST',
      headers: { Cookie: officer, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...ORDER, legalBasis: 'consent' }),
    });
    expect((await readJson<{ error: { message: string } }>(english)).error.message).toContain('legal basis');
    const unknown = await requestAs(testApp, officer, 'POST', '/api/operator/disclosures', {
      ...ORDER,
      subjectEmail: 'niemand@voorbeeld.nl',
    });
    expect((await readJson<{ error: { code: string } }>(unknown)).error.code).toBe(
      'disclosure_subject_unknown',
    );
    const nobody = await requestAs(testApp, officer, 'POST', '/api/operator/disclosures', {
      ...ORDER,
      subjectEmail: '',
    });
    expect((await readJson<{ error: { code: string } }>(nobody)).error.code).toBe(
      'disclosure_subject_missing',
    );
    expect((await db.select().from(disclosures)).length).toBe(before);
  });

  it('records a report of suspected fraud about someone without an account', async () => {
    const response = await requestAs(testApp, officer, 'POST', '/api/operator/disclosures', {
      kind: 'suspected-fraud-report',
      recipient: 'Fraudehelpdesk',
      subjectDescription: 'Afzender van nepfacturen via het contactformulier, IP 198.51.100.7',
      dataDescription: 'IP-adres en tijdstippen van de aanvragen',
      legalBasis: 'legitimate-interests',
      disclosedAt: '2027-03-03T09:00:00Z',
    });
    expect(response.status).toBe(201);
    expect((await readJson<Disclosure>(response)).subject).toBeNull();
  });

  it('lets only the operator’s privacy staff record or read the register', async () => {
    for (const cookie of [member, adminA]) {
      expect((await requestAs(testApp, cookie, 'POST', '/api/operator/disclosures', ORDER)).status).toBe(403);
      expect((await requestAs(testApp, cookie, 'GET', '/api/operator/disclosures')).status).toBe(403);
    }
  });

  it('shows an organisation’s admins the disclosures about its people, and no one else’s', async () => {
    const own = await readJson<Disclosure[]>(
      await requestAs(testApp, adminA, 'GET', '/api/organisation/disclosures'),
    );
    expect(own.map((entry) => entry.recipient)).toEqual(['Politie Eenheid Utrecht']);
    // Operator staff belong to another organisation: their name stays out of the tenant's view.
    expect(own[0]?.recordedBy).toBeNull();
    const other = await readJson<Disclosure[]>(
      await requestAs(testApp, adminB, 'GET', '/api/organisation/disclosures'),
    );
    expect(other).toEqual([]);
    expect((await requestAs(testApp, member, 'GET', '/api/organisation/disclosures')).status).toBe(403);
  });

  it('names the disclosure among the recipients of the person’s access report', async () => {
    const report = await readJson<{
      recipients: { id: string; name: { nl: string }; task: { nl: string } }[];
      sections: { heading: string; tables: { table: string }[] }[];
    }>(await requestAs(testApp, member, 'GET', '/api/me/export'));
    const recipient = report.recipients.find((entry) => entry.name.nl === 'Politie Eenheid Utrecht');
    expect(recipient?.task.nl).toContain('Naam, e-mailadres en inlogtijden van maart 2027');
    expect(recipient?.task.nl).toContain('Wettelijke verplichting');
    const privacy = report.sections.find((section) => section.heading === 'privacy');
    expect(privacy?.tables.map((table) => table.table)).toContain('disclosures');
  });
});
