import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { dataBreaches } from '../../server/db/schema/data-breaches.js';
import { mailMessages } from '../../server/db/schema/mail-messages.js';
import { type OPERATOR_ROLES, operatorStaff } from '../../server/db/schema/operators.js';
import { organisations } from '../../server/db/schema/organisations.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { notificationDueAt } from '../../server/modules/privacy/breaches/breach-clock.js';
import { alertBreachDeadlines } from '../../server/modules/privacy/breaches/deadline-alerts.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const HOUR = 60 * 60 * 1000;

interface Breach {
  id: string;
  discoveredAt: string;
  description: string;
  status: 'open' | 'closed';
  clock: { dueAt: string; state: string; remainingMs: number };
  authority: { notifiedAt: string | null; reference: string | null; notNotifiedReason: string | null };
  subjects: { informedAt: string | null; notInformedReason: string | null };
  organisations?: { id: string; name: string }[];
}
interface Problem {
  error: { code: string; message: string; fields?: { path: string }[] };
}

const FACTS = {
  description: 'Een back-up van de database stond twee dagen openbaar op een testserver.',
  dataCategories: 'Namen, e-mailadressen en telefoonnummers',
  peopleCategories: 'Medewerkers van klantorganisaties',
  approximatePeople: 120,
  approximateRecords: 480,
  likelyConsequences: 'Phishing met de gelekte e-mailadressen',
  measures: 'De back-up is verwijderd en de server afgesloten.',
  contactPoint: 'privacy@baken.example, 030 123 45 67',
};

const backends = await testBackends();

describe.each(backends)('the breach register with its 72-hour clock [%s]', (kind) => {
  let testApp: TestApp;
  let now = new Date('2027-03-10T12:00:00Z');
  let officer: string;
  let platformAdmin: string;
  let support: string;
  let member: string;
  let adminA: string;
  let adminB: string;
  let organisationA: string;
  let organisationC: string;
  const officerEmail = 'functionaris@baken.local';

  const db = () => testApp.database.handle.db;
  const record = async (cookie: string, body: Record<string, unknown>) =>
    requestAs(testApp, cookie, 'POST', '/api/operator/breaches', { ...FACTS, ...body });
  const recorded = async (discoveredAt: Date) => {
    const response = await record(officer, { discoveredAt: discoveredAt.toISOString() });
    expect(response.status).toBe(201);
    return readJson<Breach>(response);
  };
  const act = (cookie: string, id: string, step: string, body?: unknown) =>
    requestAs(testApp, cookie, 'POST', `/api/operator/breaches/${id}/${step}`, body);
  const mailsTo = async (address: string, template: string) =>
    (await db().select().from(mailMessages).where(eq(mailMessages.toAddress, address)))
      .filter((mail) => mail.template === template)
      .sort((a, b) => a.id.localeCompare(b.id));
  const auditOf = async (breachId: string) =>
    (await db().select().from(auditLog).where(eq(auditLog.targetId, breachId))).map((entry) => entry.action);
  const staffMember = async (email: string, role: (typeof OPERATOR_ROLES)[number]) => {
    const [operator] = await db().select().from(organisations).where(eq(organisations.isOperator, true));
    const user = await buildUser(db(), operator?.id ?? '', {
      email,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      emailVerifiedAt: new Date(),
    });
    await db().insert(operatorStaff).values({ id: uuidv7(), userId: user.id, role });
    return signInToApp(testApp, email);
  };

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { clock: () => now });
    officer = await staffMember(officerEmail, 'privacy_officer');
    support = await staffMember('support@baken.local', 'support');
    platformAdmin = await signInToApp(testApp, 'operator@baken.local');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    adminA = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    const [demo] = await db().select().from(users).where(eq(users.email, 'beheerder@voorbeeld.nl'));
    organisationA = demo?.organisationId ?? '';
    const other = await buildOrganisation(db(), 'Ziekenhuis B');
    await db()
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date() })
      .where(eq(users.id, other.admin.id));
    adminB = await signInToApp(testApp, other.admin.email);
    organisationC = (await buildOrganisation(db(), 'Zorginstelling C')).organisation.id;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('records a breach, audited, due 72 hours after its discovery', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const breach = await recorded(new Date('2027-03-10T09:30:00Z'));
    expect(breach).toMatchObject({
      description: FACTS.description,
      status: 'open',
      clock: { dueAt: '2027-03-13T09:30:00.000Z', state: 'running' },
      authority: { notifiedAt: null, notNotifiedReason: null },
    });
    expect(breach.clock.remainingMs).toBe(69.5 * HOUR);
    const register = await readJson<Breach[]>(
      await requestAs(testApp, officer, 'GET', '/api/operator/breaches'),
    );
    expect(register.map((entry) => entry.id)).toContain(breach.id);
    expect(await auditOf(breach.id)).toEqual(['data_breach.recorded']);
    // A platform admin stands in for the privacy officer.
    expect(
      (await requestAs(testApp, platformAdmin, 'GET', `/api/operator/breaches/${breach.id}`)).status,
    ).toBe(200);
  });

  it('shows a breach as due soon in its last 24 hours, and as overdue after the 72', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const soon = await recorded(new Date(now.getTime() - 50 * HOUR));
    const late = await recorded(new Date(now.getTime() - 80 * HOUR));
    expect(soon.clock).toMatchObject({ state: 'due-soon', remainingMs: 22 * HOUR });
    expect(late.clock).toMatchObject({ state: 'overdue', remainingMs: -8 * HOUR });
    const register = await readJson<Breach[]>(
      await requestAs(testApp, officer, 'GET', '/api/operator/breaches'),
    );
    const open = register.filter((entry) => entry.status === 'open').map((entry) => entry.id);
    // The most urgent first: the overdue one, then the one due soon.
    expect(open.indexOf(late.id)).toBeLessThan(open.indexOf(soon.id));
    expect(notificationDueAt(new Date('2027-03-31T01:30:00+01:00')).toISOString()).toBe(
      '2027-04-03T00:30:00.000Z',
    );
  });

  it('refuses invalid input with a clear message in Dutch and English, writing nothing', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const before = (await db().select().from(dataBreaches)).length;
    const missing = await record(officer, { discoveredAt: now.toISOString(), description: '' });
    expect(missing.status).toBe(400);
    const missingBody = await readJson<Problem>(missing);
    expect(missingBody.error.code).toBe('validation_failed');
    expect(missingBody.error.fields?.map((field) => field.path)).toContain('description');

    const future = await record(officer, { discoveredAt: '2027-03-11T12:00:00Z' });
    expect(future.status).toBe(400);
    const futureBody = await readJson<Problem>(future);
    expect(futureBody.error.code).toBe('data_breach_discovered_in_future');
    expect(futureBody.error.message).toContain('toekomst');
    const english = await testApp.app.request('/api/operator/breaches?lang=en', {
      method: 'POST',
      headers: { Cookie: officer, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...FACTS, discoveredAt: '2027-03-11T12:00:00Z' }),
    });
    expect((await readJson<Problem>(english)).error.message).toContain('future');
    expect((await db().select().from(dataBreaches)).length).toBe(before);
  });

  it('stops the clock with the notification and its reference; late needs the reasons for the delay', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const late = await recorded(new Date(now.getTime() - 80 * HOUR));
    const notified = { decision: 'notified', notifiedAt: now.toISOString(), reference: 'AP-2027-0042' };
    const withoutReason = await act(officer, late.id, 'authority', notified);
    expect(withoutReason.status).toBe(400);
    expect((await readJson<Problem>(withoutReason)).error.code).toBe('data_breach_delay_reason_required');
    const noReference = await act(officer, late.id, 'authority', { ...notified, reference: '' });
    expect(noReference.status).toBe(400);
    const unchanged = await readJson<Breach>(
      await requestAs(testApp, officer, 'GET', `/api/operator/breaches/${late.id}`),
    );
    expect(unchanged.clock.state).toBe('overdue');

    const done = await act(officer, late.id, 'authority', {
      ...notified,
      delayReason: 'De omvang was pas na vier dagen duidelijk.',
    });
    expect(done.status).toBe(200);
    expect(await readJson<Breach>(done)).toMatchObject({
      authority: { notifiedAt: now.toISOString(), reference: 'AP-2027-0042' },
      clock: { state: 'stopped' },
    });
    expect(await auditOf(late.id)).toContain('data_breach.authority_notified');
  });

  it('closes a breach only with both decisions on record, and keeps it as closed', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const breach = await recorded(new Date(now.getTime() - 2 * HOUR));
    const early = await act(officer, breach.id, 'close');
    expect(early.status).toBe(409);
    expect((await readJson<Problem>(early)).error.code).toBe('data_breach_authority_decision_missing');

    const noReason = await act(officer, breach.id, 'authority', { decision: 'not-notified', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(
      (
        await act(officer, breach.id, 'authority', {
          decision: 'not-notified',
          reason: 'De gegevens waren versleuteld; de sleutel is niet gelekt.',
        })
      ).status,
    ).toBe(200);
    const stillOpen = await act(officer, breach.id, 'close');
    expect((await readJson<Problem>(stillOpen)).error.code).toBe('data_breach_subjects_decision_missing');

    expect(
      (
        await act(officer, breach.id, 'subjects', {
          decision: 'not-needed',
          reason: 'Geen hoog risico: de gegevens waren onleesbaar (art. 34 lid 3 a).',
        })
      ).status,
    ).toBe(200);
    const closed = await act(officer, breach.id, 'close');
    expect(closed.status).toBe(200);
    expect(await readJson<Breach>(closed)).toMatchObject({ status: 'closed', clock: { state: 'stopped' } });

    const change = await requestAs(testApp, officer, 'PATCH', `/api/operator/breaches/${breach.id}`, {
      measures: 'Later bedacht',
    });
    expect(change.status).toBe(409);
    expect((await readJson<Problem>(change)).error.code).toBe('data_breach_closed');
    expect(await auditOf(breach.id)).toEqual([
      'data_breach.recorded',
      'data_breach.authority_not_notified',
      'data_breach.subjects_not_informed',
      'data_breach.closed',
    ]);
  });

  it('records what changes as the investigation goes on, naming the fields in the audit log', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const breach = await recorded(new Date(now.getTime() - HOUR));
    const changed = await requestAs(testApp, officer, 'PATCH', `/api/operator/breaches/${breach.id}`, {
      approximatePeople: 150,
      measures: 'Alle wachtwoorden zijn opnieuw ingesteld.',
    });
    expect(changed.status).toBe(200);
    expect(await readJson<{ approximatePeople: number; measures: string }>(changed)).toMatchObject({
      approximatePeople: 150,
      measures: 'Alle wachtwoorden zijn opnieuw ingesteld.',
    });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, breach.id), eq(auditLog.action, 'data_breach.updated')));
    expect(entry?.details).toEqual({ fields: ['approximatePeople', 'measures'] });
  });

  it('mails the privacy officers once when 24 hours or less remain, and once when overdue', async () => {
    const jobs = testApp.jobs;
    const discovered = new Date('2027-05-01T08:00:00Z');
    now = new Date('2027-05-01T09:00:00Z');
    const breach = await recorded(discovered);
    const decided = await recorded(discovered);
    await act(officer, decided.id, 'authority', { decision: 'not-notified', reason: 'Geen risico.' });
    const run = (hours: number) =>
      alertBreachDeadlines(db(), jobs, 'http://localhost', new Date(discovered.getTime() + hours * HOUR));
    // Breaches of the other tests are older and undecided: the first run warns about them too.
    const warnings = async () =>
      (await mailsTo(officerEmail, 'data-breach-deadline')).filter((mail) =>
        mail.textBody.includes(breach.id),
      );
    const before = (await warnings()).length;

    await run(47);
    expect(await warnings()).toHaveLength(before);
    expect(before).toBe(0);
    expect(await run(49)).toEqual({ breaches: 1, mails: 1 });
    const soon = await warnings();
    expect(soon).toHaveLength(before + 1);
    expect(soon.at(-1)?.textBody).toContain('uiterlijk 4 mei 2027 om 10:00');
    expect(soon.at(-1)?.textBody).toContain(`http://localhost/operator/breaches/${breach.id}`);
    await run(50);
    await run(71);
    expect(await warnings()).toHaveLength(before + 1);

    expect(await run(73)).toEqual({ breaches: 1, mails: 1 });
    const late = await warnings();
    expect(late).toHaveLength(before + 2);
    expect(late.at(-1)?.subject).toMatch(/TE LAAT/);
    await run(74);
    await run(120);
    expect(await warnings()).toHaveLength(before + 2);
    // With a privacy officer on the staff, the platform admin is not mailed.
    expect(await mailsTo('operator@baken.local', 'data-breach-deadline')).toEqual([]);
    expect(
      (await mailsTo(officerEmail, 'data-breach-deadline')).filter((mail) =>
        mail.textBody.includes(decided.id),
      ),
    ).toEqual([]);
  });

  it('tells the affected organisations’ admins and shows them only their own breaches', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const breach = await recorded(new Date(now.getTime() - 3 * HOUR));
    const marked = await act(officer, breach.id, 'organisations', {
      organisationIds: [organisationA, organisationC],
    });
    expect(marked.status).toBe(200);
    expect((await readJson<Breach>(marked)).organisations?.map((organisation) => organisation.name)).toEqual([
      'Gemeente Voorbeeld',
      'Zorginstelling C',
    ]);
    const mails = await mailsTo('beheerder@voorbeeld.nl', 'data-breach-affected');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain(FACTS.description);
    expect(mails[0]?.textBody).toContain('http://localhost/admin/breaches');
    // Marked again: nobody is mailed twice.
    await act(officer, breach.id, 'organisations', { organisationIds: [organisationA] });
    expect(await mailsTo('beheerder@voorbeeld.nl', 'data-breach-affected')).toHaveLength(1);

    const seenByA = await requestAs(testApp, adminA, 'GET', '/api/organisation/breaches');
    expect(seenByA.status).toBe(200);
    const text = await seenByA.text();
    expect(text).toContain(breach.id);
    expect(text).not.toContain('Zorginstelling C');
    expect(text).not.toContain(organisationC);
    expect((await requestAs(testApp, adminA, 'GET', `/api/organisation/breaches/${breach.id}`)).status).toBe(
      200,
    );

    expect(
      await readJson<unknown[]>(await requestAs(testApp, adminB, 'GET', '/api/organisation/breaches')),
    ).toEqual([]);
    const probe = await requestAs(testApp, adminB, 'GET', `/api/organisation/breaches/${breach.id}`);
    const nothing = await requestAs(
      testApp,
      adminB,
      'GET',
      '/api/organisation/breaches/00000000-0000-7000-8000-000000000000',
    );
    expect([probe.status, nothing.status]).toEqual([404, 404]);
    // The same answer as for an id that does not exist: B cannot learn the breach exists.
    expect((await readJson<Problem>(probe)).error.code).toBe((await readJson<Problem>(nothing)).error.code);
    expect((await requestAs(testApp, member, 'GET', '/api/organisation/breaches')).status).toBe(403);
    expect(await auditOf(breach.id)).toContain('data_breach.organisations_marked');

    const unknown = await act(officer, breach.id, 'organisations', { organisationIds: [uuidv7()] });
    expect((await readJson<Problem>(unknown)).error.code).toBe('data_breach_organisation_unknown');
  });

  it('names the breaches a staff member recorded in their own access report', async () => {
    const report = await readJson<{
      sections: { heading: string; tables: { table: string; rowCount: number }[] }[];
    }>(await requestAs(testApp, officer, 'GET', '/api/me/export'));
    const privacy = report.sections.find((section) => section.heading === 'privacy');
    expect(privacy?.tables.find((table) => table.table === 'data_breaches')?.rowCount).toBeGreaterThan(0);
  });

  it('refuses an earlier moment of discovery that would make a recorded notification late without its reasons', async () => {
    now = new Date('2027-04-10T12:00:00Z');
    const discovered = new Date(now.getTime() - 80 * HOUR);
    const breach = await recorded(discovered);
    const notified = await act(officer, breach.id, 'authority', {
      decision: 'notified',
      notifiedAt: new Date(discovered.getTime() + 70 * HOUR).toISOString(),
      reference: 'AP-2027-0411',
    });
    expect(notified.status).toBeLessThan(300);
    const earlier = await requestAs(testApp, officer, 'PATCH', `/api/operator/breaches/${breach.id}`, {
      discoveredAt: new Date(discovered.getTime() - 5 * HOUR).toISOString(),
    });
    expect(earlier.status).toBe(400);
    expect((await readJson<Problem>(earlier)).error.code).toBe('data_breach_delay_reason_required');
    const [row] = await db().select().from(dataBreaches).where(eq(dataBreaches.id, breach.id));
    expect(row?.discoveredAt.getTime()).toBe(discovered.getTime());
  });

  it('shows a person only breaches of their own organisation that name them, never a namesake’s elsewhere', async () => {
    const response = await record(officer, {
      discoveredAt: new Date(now.getTime() - HOUR).toISOString(),
      description: 'De inbox van burgemeester@voorbeeld.nl is gelezen door een onbevoegde.',
    });
    const breach = await readJson<Breach>(response);
    const breachRows = async () => {
      const report = await readJson<{
        sections: { heading: string; tables: { table: string; rowCount: number }[] }[];
      }>(await requestAs(testApp, member, 'GET', '/api/me/export'));
      const privacy = report.sections.find((section) => section.heading === 'privacy');
      return privacy?.tables.find((table) => table.table === 'data_breaches')?.rowCount ?? 0;
    };
    // About another organisation: the address is someone else's there (or a mistake), not theirs.
    await act(officer, breach.id, 'organisations', { organisationIds: [organisationC] });
    expect(await breachRows()).toBe(0);
    await act(officer, breach.id, 'organisations', { organisationIds: [organisationA, organisationC] });
    expect(await breachRows()).toBe(1);
  });

  it('lets only the operator’s privacy staff manage the register', async () => {
    now = new Date('2027-03-10T12:00:00Z');
    const breach = await recorded(new Date(now.getTime() - HOUR));
    const before = (await db().select().from(dataBreaches)).length;
    for (const cookie of [member, adminA, support]) {
      expect((await record(cookie, { discoveredAt: now.toISOString() })).status).toBe(403);
      expect((await requestAs(testApp, cookie, 'GET', '/api/operator/breaches')).status).toBe(403);
      // Refused before the input is read: an invalid body teaches an outsider nothing either.
      expect((await act(cookie, breach.id, 'authority', {})).status).toBe(403);
      expect((await act(cookie, breach.id, 'close')).status).toBe(403);
    }
    expect((await db().select().from(dataBreaches)).length).toBe(before);
    expect(await auditOf(breach.id)).toEqual(['data_breach.recorded']);
  });
});
