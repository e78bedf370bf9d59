import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../server/db/schema/users.js';
import type { AccessReport } from '../../server/modules/privacy/access/access-report.js';
import { collectAccessReport } from '../../server/modules/privacy/access/collect-access-report.js';
import { redactLinks } from '../../server/modules/privacy/access/redact-links.js';
import { DATA_MAP } from '../../server/modules/privacy/data-map.js';
import { requestAs } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { unzip } from '../support/unzip.js';
import { NOT_PERSONAL } from './not-personal-columns.js';
import {
  buildPersonWithData,
  DEMO_ADMIN,
  type Hit,
  PERSON_PASSWORD,
  scanDatabase,
} from './support/person-with-data.js';

const ADMIN = DEMO_ADMIN;
const PASSWORD = PERSON_PASSWORD;

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Whether the report shows this value (or describes this column) in a row of its table. */
function reportHas(report: AccessReport, hit: Hit, personId: string): string | undefined {
  const tables = report.sections
    .flatMap((section) => section.tables)
    .filter((table) => table.table === hit.table);
  for (const table of tables) {
    const field = table.fields.find((candidate) => candidate.column === hit.column);
    if (field?.export === 'described' && table.rowCount > 0) return 'described';
    if (
      table.rows.some((row) => hit.column in row.values && text(row.values[hit.column]) === text(hit.value))
    )
      return 'value';
    // Mail keeps its links without their tokens.
    const redacted = typeof hit.value === 'string' ? redactLinks(hit.value) : undefined;
    if (table.rows.some((row) => hit.column in row.values && row.values[hit.column] === redacted))
      return 'value, links without tokens';
    // A list of people shows only the person's own place in it.
    const listed = DATA_MAP.some(
      (entry) =>
        entry.table === hit.table && entry.column === hit.column && entry.subject.kind === 'user-id-list',
    );
    if (listed && table.rows.some((row) => text(row.values[hit.column]).includes(personId)))
      return 'own place in a list';
    if (
      table.rows.some((row) => hit.column in row.details && text(row.details[hit.column]) === text(hit.value))
    )
      return 'detail';
  }
  return undefined;
}

const backends = await testBackends();

// @promise P5, P17
describe.each(backends)('the access report and the data downloads [%s]', (kind) => {
  let testApp: TestApp;
  let person: typeof users.$inferSelect;
  let cookie: string;
  let adminCookie: string;
  let stranger: typeof users.$inferSelect;
  let report: AccessReport;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    ({ person, cookie, adminCookie, stranger } = await buildPersonWithData(testApp));

    const response = await requestAs(testApp, cookie, 'GET', '/api/me/export');
    if (response.status !== 200) throw new Error(testApp.logLines.slice(-2).join('\n'));
    report = await readJson<AccessReport>(response);
  }, 120_000);
  afterAll(() => testApp?.close());

  it('holds every value of the database that names the person, or describes it', async () => {
    const [current] = await testApp.database.handle.db.select().from(users).where(eq(users.id, person.id));
    const identifiers = [person.id, person.email, person.name, current?.phone ?? ''];
    const hits = await scanDatabase(testApp, identifiers);
    const unexplained: string[] = [];
    const explained = new Set<string>();
    for (const hit of hits) {
      const key = `${hit.table}.${hit.column}`;
      if (hit.table === 'users' && hit.column === 'organisation_id') continue;
      // This report's own audit entry is written after it.
      if (hit.table === 'audit_log' && hit.createdAt && hit.createdAt >= report.generatedAt) continue;
      const how = reportHas(report, hit, person.id);
      if (how) {
        explained.add(key);
        continue;
      }
      const reviewed = NOT_PERSONAL.find((entry) => entry.table === hit.table && entry.column === hit.column);
      if (reviewed) continue;
      // The other person of the same name, in the other organisation, is not this person.
      if (text(hit.value).includes(stranger.id) || text(hit.value).includes(stranger.email)) continue;
      unexplained.push(
        `${key} = ${text(hit.value).slice(0, 80)} (${DATA_MAP.some((entry) => `${entry.table}.${entry.column}` === key) ? 'mapped' : 'not in the data map'})`,
      );
    }
    expect(unexplained).toEqual([]);
    // The scan found the person in every module the set-up touched.
    for (const key of [
      'users.id',
      'users.phone',
      'sessions.user_id',
      'logbook_entries.author_id',
      'incident_tasks.created_by',
      'situation_versions.author_id',
      'chat_messages.author_id',
      'incident_locations.added_by',
      'alert_recipients.user_id',
      'usage_facts.user_id',
      'alerts.targets',
      'push_subscriptions.user_id',
      'on_call_rosters.member_ids',
      'on_call_swaps.created_by',
      'team_members.user_id',
      'totp_factors.user_id',
      'audit_log.actor_user_id',
      'user_tokens.user_id',
    ])
      expect(explained, key).toContain(key);
  });

  it('shows the profile, sign-ins and answers with purpose, legal basis, retention, source and recipients', () => {
    const account = report.sections.find((section) => section.heading === 'account');
    const profile = account?.tables.find((table) => table.table === 'users');
    expect(profile?.rows[0]?.values).toMatchObject({
      name: person.name,
      email: person.email,
      phone: '+31 6 4471 2093',
      job_title: 'Coördinator bevolkingszorg',
    });
    const phone = profile?.fields.find((field) => field.column === 'phone');
    expect(phone).toMatchObject({
      purpose: { id: 'crisis-work' },
      source: { kind: 'person' },
      portable: true,
    });
    expect(phone?.legalBasis.article).toMatch(/art\. 6/);
    expect(phone?.retention.nl).toMatch(/account/);
    expect(phone?.recipients).toContain('processor-delivery');
    const browsers = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'sessions');
    expect(browsers?.rows.some((row) => row.values.ip_address === '198.51.100.23')).toBe(true);
    const secrets = JSON.stringify(report);
    expect(secrets).not.toContain('versleuteld-geheim');
    expect(secrets).not.toContain('hash-van-code');
    expect(secrets).not.toContain(person.passwordHash);
    // The confirmation mail is there, but its link cannot be used from the report.
    const mail = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'mail_messages');
    expect(String(mail?.rows[0]?.values.text_body)).toContain('/verify-email?[…]');
    expect(secrets).not.toMatch(/token=/);
    const answer = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'alert_recipients');
    expect(answer?.rows[0]?.values).toMatchObject({ response: 'coming', eta_minutes: 15 });
    const logbook = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'logbook_entries');
    expect(logbook?.rowCount).toBe(3);
    expect(report.complaint.nl).toContain('Autoriteit Persoonsgegevens');
    expect(report.recipients.map((recipient) => recipient.id)).toContain('customer-organisation');
  });

  it('reads a bounded number of rows per table and says how many there are', async () => {
    const bounded = await collectAccessReport(
      testApp.database.handle.db,
      { organisationId: person.organisationId, userId: person.id },
      { processors: [], graceDays: 30, rowLimit: 2, includeFiles: false, now: new Date() },
    );
    const logbook = bounded.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'logbook_entries');
    expect(logbook).toMatchObject({ rowCount: 3, truncated: true });
    expect(logbook?.rows).toHaveLength(2);
  });

  it('never shows another organisation’s person, nor another person of the same organisation', async () => {
    const mine = JSON.stringify(report);
    expect(mine).not.toContain(stranger.id);
    expect(mine).not.toContain(stranger.email);
    expect(mine).not.toContain('+31 6 9999 0000');
    const response = await requestAs(testApp, adminCookie, 'GET', '/api/me/export');
    const theirs = JSON.stringify(await readJson<AccessReport>(response));
    expect(theirs).toContain(ADMIN);
    for (const value of [person.id, person.email, person.name, '+31 6 4471 2093'])
      expect(theirs).not.toContain(value);
  });

  it('downloads the data the person provided as a ZIP of JSON and CSV, after the password', async () => {
    const response = await requestAs(testApp, cookie, 'POST', '/api/me/export.zip', { password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="baken-mijn-gegevens-.*\.zip"/,
    );
    const files = unzip(Buffer.from(await response.arrayBuffer()));
    // The account's own data, and what she wrote and gave in the website chat (P9).
    expect([...files.keys()]).toEqual([
      'README.txt',
      'account.json',
      'account.csv',
      'site-chat.json',
      'site-chat.csv',
    ]);
    expect(files.get('site-chat.json')).toContain('Werkt de app offline?');
    expect(files.get('README.txt')).toContain('AVG artikel 20');
    expect(files.get('README.txt')).toContain('GDPR article 20');
    const account = JSON.parse(files.get('account.json') ?? '{}');
    const profile = account.tables.find((table: { table: string }) => table.table === 'users');
    expect(profile.rows[0]).toMatchObject({
      phone: '+31 6 4471 2093',
      job_title: 'Coördinator bevolkingszorg',
    });
    expect(profile.rows[0]).not.toHaveProperty('role');
    expect(files.get('account.csv')).toContain(
      "users;1;phone;Phone number (for alerts by SMS);'+31 6 4471 2093",
    );
    const json = await requestAs(testApp, cookie, 'POST', '/api/me/export.json', { password: PASSWORD });
    expect(json.status).toBe(200);
    const full = await readJson<AccessReport>(json);
    expect(full.subject.email).toBe(person.email);
    // The download holds the attachment itself, which the page only sizes.
    const attachment = full.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'incident_attachments')?.rows[0]?.values.content as { base64: string };
    expect(Buffer.from(attachment.base64, 'base64').toString('utf8')).toBe('hallo');
  });

  it('refuses a wrong password with a clear message and downloads nothing', async () => {
    const response = await requestAs(testApp, cookie, 'POST', '/api/me/export.zip', { password: 'fout' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-disposition')).toBeNull();
    const error = await errorOf(response);
    expect(error.code).toBe('my_data_password_incorrect');
    expect(error.message).toBe('Het wachtwoord klopt niet. Er is niets gedownload.');
    expect(error.fields?.[0]?.path).toBe('password');
    const english = await testApp.app.request('/api/me/export.json', {
      method: 'POST',
      headers: {
        Cookie: cookie,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({ password: 'fout' }),
    });
    expect(english.status).toBe(401);
    expect((await errorOf(english)).message).toBe('The password is incorrect. Nothing was downloaded.');
    // The session is still there: only the download was refused.
    expect((await requestAs(testApp, cookie, 'GET', '/api/me')).status).toBe(200);
  });

  it('records every report in the audit log, and needs a session', async () => {
    const anonymous = await testApp.app.request('/api/me/export');
    expect(anonymous.status).toBe(401);
    const log = await testApp.database.handle.executeSql(
      `select details->>'format' as format from audit_log where action = 'personal_data.exported' and actor_user_id = $1 order by id`,
      [person.id],
    );
    expect(log.rows.map((row) => row.format)).toEqual(expect.arrayContaining(['view', 'zip', 'json']));
  });
});
