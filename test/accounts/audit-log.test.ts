import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/modules/audit/record-audit.js';
import { buildOrganisation } from '../factories/organisation.js';
import { signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface AuditEntry {
  id: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

interface AuditLogPage {
  entries: AuditEntry[];
  nextPage: { before: string; beforeId: string } | null;
}

const backends = await testBackends();

describe.each(backends)('audit log [%s]', (kind) => {
  let testApp: TestApp;
  let admin: string;
  let member: string;
  let organisationId: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    admin = await signIn('beheerder@voorbeeld.nl', '192.0.2.20');
    member = await signIn('burgemeester@voorbeeld.nl', '192.0.2.21');
    const demo = await testApp.database.handle.executeSql(
      "select id from organisations where slug = 'gemeente-voorbeeld'",
    );
    organisationId = String(demo.rows[0]?.id);
  });
  afterAll(() => testApp.close());

  const signIn = (email: string, ip: string) => signInToApp(testApp, email, ip);

  const read = (cookie: string | undefined, query = '') =>
    testApp.app.request(`/api/audit-log${query}`, { headers: cookie ? { Cookie: cookie } : {} });

  it('shows admins the sign-ins, newest first, with the name of who signed in', async () => {
    const response = await read(admin);
    expect(response.status).toBe(200);
    const { entries } = await readJson<AuditLogPage>(response);
    const signIns = entries.filter((entry) => entry.action === 'session.signed_in');
    expect(signIns.map((entry) => [entry.actorName, entry.ipAddress])).toEqual([
      ['Bram Jansen', '192.0.2.21'],
      ['Anna de Vries', '192.0.2.20'],
    ]);
    const times = entries.map((entry) => entry.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(signIns[0]).toMatchObject({ targetType: 'session', actorUserId: expect.any(String) });
  });

  it('is for admins only: a member gets 403, nobody signed in 401', async () => {
    const refused = await read(member);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('forbidden');
    // Refused before the query is checked, so an invalid query does not tell a member more.
    expect((await read(member, '?limit=0')).status).toBe(403);
    expect((await read(undefined)).status).toBe(401);
  });

  it('filters by action and checks its query', async () => {
    const { entries } = await readJson<AuditLogPage>(await read(admin, '?action=session.signed_in'));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(entries.map((entry) => entry.action))).toEqual(new Set(['session.signed_in']));
    for (const query of [
      '?limit=0',
      '?limit=201',
      '?before=gisteren',
      '?action=session.hacked',
      '?beforeId=1',
    ]) {
      expect((await read(admin, query)).status, query).toBe(400);
    }
  });

  it('pages with limit and before, skipping nothing written in the same transaction', async () => {
    const db = testApp.database.handle.db;
    // One transaction: every entry gets the same created_at, the hard case for a time cursor.
    await db.transaction(async (tx) => {
      for (let entry = 0; entry < 7; entry++) {
        await recordAudit(tx, {
          organisationId,
          actorUserId: null,
          action: 'user.imported',
          targetType: 'user',
          targetId: `import-${entry}`,
        });
      }
    });
    const all = await readJson<AuditLogPage>(await read(admin, '?limit=200'));
    expect(all.nextPage).toBeNull();
    const seen: string[] = [];
    let query = '?limit=3';
    for (let page = 0; page < 20; page++) {
      const result = await readJson<AuditLogPage>(await read(admin, query));
      expect(result.entries.length).toBeLessThanOrEqual(3);
      seen.push(...result.entries.map((entry) => entry.id));
      if (!result.nextPage) break;
      query = `?limit=3&before=${encodeURIComponent(result.nextPage.before)}&beforeId=${result.nextPage.beforeId}`;
    }
    expect(seen).toEqual(all.entries.map((entry) => entry.id));
    expect(seen.length).toBeGreaterThanOrEqual(9);

    // A plain timestamp works too: everything strictly older than it.
    const newest = all.entries[0]?.createdAt ?? '';
    const older = await readJson<AuditLogPage>(await read(admin, `?before=${encodeURIComponent(newest)}`));
    expect(older.entries.every((entry) => entry.createdAt < newest)).toBe(true);
    expect(older.entries.length).toBeGreaterThan(0);
  });

  it('shows nothing of another organisation', async () => {
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db, 'Waterschap B');
    await recordAudit(db, {
      organisationId: other.organisation.id,
      actorUserId: other.admin.id,
      action: 'user.invited',
      targetId: 'elders',
    });
    const { entries } = await readJson<AuditLogPage>(await read(admin, '?limit=200'));
    expect(entries.some((entry) => entry.targetId === 'elders' || entry.actorUserId === other.admin.id)).toBe(
      false,
    );
  });
});
