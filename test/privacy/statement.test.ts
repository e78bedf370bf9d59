import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyController, privacyStatementVersions } from '../../server/db/schema/privacy-statement.js';
import { inTenant } from '../../server/db/tenant-transaction.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { OPERATOR_ADMIN } from '../../server/modules/operator/seed-operator.js';
import { COOKIE_REGISTER } from '../../server/modules/privacy/cookie-register.js';
import { DISCLOSURE_KINDS } from '../../server/modules/privacy/disclosures.js';
import { processorsFor } from '../../server/modules/privacy/processors.js';
import { PURPOSES } from '../../server/modules/privacy/purposes.js';
import { buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

type Block = { kind: 'paragraph' | 'heading'; text: string } | { kind: 'list'; items: string[] };
interface Statement {
  version: number;
  currentVersion: number;
  language: 'nl' | 'en';
  publishedAt: string;
  changeSummary: string;
  sections: { id: string; kind: 'free' | 'generated'; heading: string; blocks: Block[] }[];
  versions: { version: number; publishedAt: string; changeSummary: string }[];
  registersChangedSincePublication: boolean;
}
type DiffLine =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: { kind: 'same' | 'added' | 'removed'; text: string }[] }
  | { kind: 'folded'; count: number };

const blockText = (block: Block) => (block.kind === 'list' ? block.items.join('\n') : block.text);
/** The words of one section, as a reader sees them. */
const sectionText = (statement: Statement, id: string) =>
  (statement.sections.find((section) => section.id === id)?.blocks ?? []).map(blockText).join('\n');

// Configured peers, so the processors register has more than the always-present entries.
const ENV = {
  TRUST_PROXY: 'true',
  SMTP_URL: 'smtp://mail.example.org:587',
  SMS_GATEWAY: 'http',
  SMS_HTTP_URL: 'https://gw.cmtelecom.com/v1.0/message',
  SMS_HTTP_TOKEN: 'test-token',
  MAP_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png',
};

const NEW_TEXT = {
  introduction: {
    nl: 'Baken helpt organisaties bij crisisbeheersing.\n\nWij bewaren niets langer dan nodig, ook niet bij oefeningen.',
    en: 'Baken helps organisations manage crises.\n\nWe keep nothing longer than needed, not even for exercises.',
  },
  closing: { nl: '## Beveiliging\n\nAlles is versleuteld.', en: '## Security\n\nEverything is encrypted.' },
  changeSummary: { nl: 'Oefeningen genoemd.', en: 'Exercises mentioned.' },
};

const backends = await testBackends();
/** How a write refused by the database's grants reaches the caller, through Drizzle. */
const DENIED = { cause: { message: expect.stringMatching(/permission denied/) } };

// @promise P1, P16, P20, P21
describe.each(backends)('the privacy statement [%s]', (kind) => {
  let testApp: TestApp;
  let operator: string;
  let admin: string;
  let member: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind, ENV);
    operator = await signInToApp(testApp, OPERATOR_ADMIN.email, '192.0.2.60');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.61');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl', '192.0.2.62');
  });
  afterAll(() => testApp.close());

  const publicGet = (path: string, language = 'nl') =>
    testApp.app.request(path, { headers: { 'Accept-Language': language } });
  const statement = async (query = '', language = 'nl') => {
    const response = await publicGet(`/api/privacy/statement${query}`, language);
    expect(response.status).toBe(200);
    return readJson<Statement>(response);
  };
  const as = (cookie: string, method: string, path: string, body?: unknown) =>
    requestAs(testApp, cookie, method, path, body);
  const auditCount = async (action: string) =>
    Number(
      (
        await testApp.database.handle.executeSql(
          `select count(*) as n from audit_log where action = '${action}'`,
        )
      ).rows[0]?.n,
    );

  it('publishes version 1 with Baken’s default text, readable without signing in', async () => {
    const first = await statement();
    expect(first).toMatchObject({ version: 1, currentVersion: 1, language: 'nl' });
    expect(first.versions.map((item) => item.version)).toEqual([1]);
    expect(new Date(first.publishedAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(sectionText(first, 'introduction')).toContain('Baken is een platform voor crisisbeheersing');
    expect(first.registersChangedSincePublication).toBe(false);
  });

  it('generates its sections from the registers: every purpose, processor, recipient and cookie', async () => {
    for (const language of ['nl', 'en'] as const) {
      const current = await statement('', language);
      const purposes = sectionText(current, 'purposes');
      for (const purpose of Object.values(PURPOSES)) {
        expect(purposes).toContain(purpose.name[language]);
        expect(purposes).toContain(purpose.basisNote[language]);
      }
      const processors = sectionText(current, 'processors');
      const configured = processorsFor(testApp.config);
      expect(configured.map((entry) => entry.id)).toEqual(
        expect.arrayContaining(['smtp', 'sms', 'map-tiles', 'push:google-fcm']),
      );
      for (const entry of configured) expect(processors).toContain(entry.name[language]);
      const recipients = sectionText(current, 'recipients');
      for (const disclosure of Object.values(DISCLOSURE_KINDS))
        expect(recipients).toContain(disclosure.name[language]);
      const cookies = sectionText(current, 'cookies');
      for (const entry of COOKIE_REGISTER) {
        expect(cookies).toContain(entry.name);
        expect(cookies).toContain(entry.purpose[language]);
      }
      expect(sectionText(current, 'complaints')).toContain('autoriteitpersoonsgegevens.nl');
      expect(sectionText(current, 'complaints')).toContain('088 - 1805 250');
      expect(
        sectionText(current, 'rights')
          .split('\n')
          .filter((line) => /art\. \d+/.test(line)),
      ).toHaveLength(6);
    }
  });

  it('refuses publication by anyone but operator staff, and writes nothing', async () => {
    for (const cookie of [admin, member]) {
      const response = await as(cookie, 'POST', '/api/privacy/statement/versions', NEW_TEXT);
      expect(response.status).toBe(403);
      expect((await errorOf(response)).message).toContain('privacyfunctionaris');
      const controller = await as(cookie, 'PUT', '/api/privacy/controller', {
        controllerName: 'Kaping B.V.',
        postalAddress: '',
        email: '',
        phone: '',
        chamberOfCommerceNumber: '',
        privacyOfficerContact: '',
      });
      expect(controller.status).toBe(403);
    }
    const anonymous = await testApp.app.request('/api/privacy/statement/versions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify(NEW_TEXT),
    });
    expect(anonymous.status).toBe(401);
    const after = await statement();
    expect(after.versions.map((item) => item.version)).toEqual([1]);
    expect(sectionText(after, 'controller')).not.toContain('Kaping');
    expect(await auditCount('privacy_statement.published')).toBe(0);
    expect(await auditCount('privacy_controller.changed')).toBe(0);
  });

  it('explains what to fix when the text is missing', async () => {
    const response = await as(operator, 'POST', '/api/privacy/statement/versions', {
      ...NEW_TEXT,
      introduction: { nl: '  ', en: 'Text' },
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toContainEqual({
      path: 'introduction.nl',
      message: 'Vul dit veld in.',
    });
  });

  it('shows the controller’s contact details the operator sets, at once', async () => {
    const details = {
      controllerName: 'Baken Beheer B.V.',
      postalAddress: 'Havenstraat 12\n3011 AB Rotterdam',
      email: 'privacy@baken.example',
      phone: '010 123 4567',
      chamberOfCommerceNumber: '12345678',
      privacyOfficerContact: 'J. de Vries, fg@baken.example',
    };
    const response = await as(operator, 'PUT', '/api/privacy/controller', details);
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual(details);
    const contact = sectionText(await statement(), 'controller');
    for (const value of [
      'Baken Beheer B.V.',
      'Havenstraat 12',
      '3011 AB Rotterdam',
      'privacy@baken.example',
      '010 123 4567',
      '12345678',
      'J. de Vries',
    ])
      expect(contact).toContain(value);
    expect(await readJson(await publicGet('/api/privacy/controller'))).toEqual(details);
    expect(await auditCount('privacy_controller.changed')).toBe(1);
  });

  it('publishes version 2: the new date shows, version 1 stays readable, and the diff shows the change', async () => {
    const before = await statement();
    const noticeBefore = await readJson<{ changed: boolean }>(
      await as(member, 'GET', '/api/me/privacy-statement'),
    );
    expect(noticeBefore.changed).toBe(false);

    const response = await as(operator, 'POST', '/api/privacy/statement/versions', NEW_TEXT);
    expect(response.status).toBe(201);
    expect(await readJson(response)).toEqual({ version: 2 });

    const second = await statement();
    expect(second).toMatchObject({ version: 2, currentVersion: 2, changeSummary: 'Oefeningen genoemd.' });
    expect(new Date(second.publishedAt).getTime()).toBeGreaterThan(new Date(before.publishedAt).getTime());
    expect(second.versions.map((item) => item.version)).toEqual([2, 1]);
    expect(sectionText(second, 'introduction')).toContain('ook niet bij oefeningen');
    expect(sectionText(second, 'purposes')).toContain(PURPOSES['crisis-work'].name.nl);

    const first = await statement('?version=1');
    expect(first).toMatchObject({ version: 1, currentVersion: 2, publishedAt: before.publishedAt });
    expect(sectionText(first, 'introduction')).toContain('Baken is een platform voor crisisbeheersing');
    expect(sectionText(first, 'introduction')).not.toContain('oefeningen');
    expect(sectionText(first, 'purposes')).toContain(PURPOSES['crisis-work'].name.nl);
    expect((await publicGet('/api/privacy/statement?version=3')).status).toBe(404);

    const diffResponse = await publicGet('/api/privacy/statement/diff?from=1&to=2');
    expect(diffResponse.status).toBe(200);
    const diff = await readJson<{ lines: DiffLine[] }>(diffResponse);
    const added = diff.lines.flatMap((line) =>
      line.kind === 'added'
        ? [line.text]
        : line.kind === 'changed'
          ? line.parts.filter((p) => p.kind === 'added').map((p) => p.text)
          : [],
    );
    const removed = diff.lines.flatMap((line) =>
      line.kind === 'removed'
        ? [line.text]
        : line.kind === 'changed'
          ? line.parts.filter((p) => p.kind === 'removed').map((p) => p.text)
          : [],
    );
    expect(added.join(' ')).toContain('ook niet bij oefeningen');
    expect(removed.join(' ')).toContain('is een platform voor crisisbeheersing');
    // The unchanged generated sections are folded away, not repeated as changes.
    expect(diff.lines.some((line) => line.kind === 'folded')).toBe(true);
    expect(added.join(' ')).not.toContain(PURPOSES['crisis-work'].name.nl);

    const same = await publicGet('/api/privacy/statement/diff?from=2&to=2');
    expect(same.status).toBe(400);
    expect(await auditCount('privacy_statement.published')).toBe(1);
  });

  it('tells a signed-in person once about the new version', async () => {
    const notice = await readJson<{ currentVersion: number; changed: boolean }>(
      await as(member, 'GET', '/api/me/privacy-statement'),
    );
    expect(notice).toMatchObject({ currentVersion: 2, changed: true });
    expect((await as(member, 'POST', '/api/me/privacy-statement/seen', { version: 2 })).status).toBe(204);
    const after = await readJson<{ changed: boolean; seenVersion: number }>(
      await as(member, 'GET', '/api/me/privacy-statement'),
    );
    expect(after).toMatchObject({ changed: false, seenVersion: 2 });
    // Another person has not been told yet; a version that does not exist cannot be marked.
    expect(
      (await readJson<{ changed: boolean }>(await as(admin, 'GET', '/api/me/privacy-statement'))).changed,
    ).toBe(true);
    expect((await as(admin, 'POST', '/api/me/privacy-statement/seen', { version: 3 })).status).toBe(404);
  });

  it('does not tell someone whose account is newer than the current version', async () => {
    const demo = await testApp.database.handle.executeSql(
      "select id from organisations where slug = 'gemeente-voorbeeld'",
    );
    const newcomer = await buildUser(testApp.database.handle.db, String(demo.rows[0]?.id), {
      passwordHash: await hashPassword(DEMO_PASSWORD),
      emailVerifiedAt: new Date(),
    });
    const cookie = await signInToApp(testApp, newcomer.email, '192.0.2.63');
    expect(
      (await readJson<{ changed: boolean }>(await as(cookie, 'GET', '/api/me/privacy-statement'))).changed,
    ).toBe(false);
  });

  it('keeps a published version as it was: not rewritten, not deleted, not writable from a tenant', async () => {
    await statement();
    const sql = (text: string) => testApp.database.handle.executeSql(text);
    await expect(
      sql("update privacy_statement_versions set introduction_nl = 'Anders' where version = 1"),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql('delete from privacy_statement_versions where version = 1')).rejects.toThrow(
      /cannot be changed/,
    );
    const demo = await sql("select id from organisations where slug = 'gemeente-voorbeeld'");
    const organisationId = String(demo.rows[0]?.id);
    await expect(
      inTenant(testApp.database.handle.db, organisationId, (tx) =>
        tx.update(privacyController).set({ email: 'x@example.org' }),
      ),
    ).rejects.toMatchObject(DENIED);
    await expect(
      inTenant(testApp.database.handle.db, organisationId, (tx) =>
        tx.delete(privacyStatementVersions).where(eq(privacyStatementVersions.version, 1)),
      ),
    ).rejects.toMatchObject(DENIED);
    const first = await statement('?version=1');
    expect(sectionText(first, 'introduction')).toContain('Baken is een platform voor crisisbeheersing');
    expect(sectionText(await statement(), 'controller')).not.toContain('x@example.org');
  });
});
