import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { operatorStaff } from '../../server/db/schema/operators.js';
import { supportGrants } from '../../server/db/schema/support-grants.js';
import { inTenant } from '../../server/db/tenant-transaction.js';
import { DEMO_USERS } from '../../server/modules/demo/demo-organisation.js';
import { hasActiveSupportGrant } from '../../server/modules/operator/has-active-support-grant.js';
import { OPERATOR_ADMIN } from '../../server/modules/operator/seed-operator.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

interface OperatorOrganisation {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
  cancelledAt: string | null;
  requireSecondFactor: boolean;
  memberCount: number;
  activeMemberCount: number;
  supportAccessActive: boolean;
  supportAccessUntil: string | null;
}

interface SupportGrant {
  id: string;
  reason: string;
  grantedByName: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
}

interface AuditEntry {
  action: string;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

const HOUR_MS = 60 * 60 * 1000;
const backends = await testBackends();

describe.each(backends)('operator console and support access [%s]', (kind) => {
  let testApp: TestApp;
  let operator: string;
  let admin: string;
  let member: string;
  let organisationId: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    operator = await signIn(OPERATOR_ADMIN.email, '192.0.2.40');
    admin = await signIn('beheerder@voorbeeld.nl', '192.0.2.41');
    member = await signIn('burgemeester@voorbeeld.nl', '192.0.2.42');
    const demo = await testApp.database.handle.executeSql(
      "select id from organisations where slug = 'gemeente-voorbeeld'",
    );
    organisationId = String(demo.rows[0]?.id);
  });
  afterAll(() => testApp.close());

  const signIn = (email: string, ip: string) => signInToApp(testApp, email, ip);

  const asUser = (cookie: string, method: string, path: string, body?: unknown) =>
    requestAs(testApp, cookie, method, path, body);

  async function demoInConsole(): Promise<OperatorOrganisation | undefined> {
    const response = await asUser(operator, 'GET', '/api/operator/organisations');
    expect(response.status).toBe(200);
    const organisations = await readJson<OperatorOrganisation[]>(response);
    return organisations.find((organisation) => organisation.slug === 'gemeente-voorbeeld');
  }

  async function grant(hours: number, reason = 'Meldingen komen niet aan') {
    const response = await asUser(admin, 'POST', '/api/organisation/support-access', { hours, reason });
    expect(response.status).toBe(201);
    return readJson<{ id: string; expiresAt: string }>(response);
  }

  const grants = async () =>
    readJson<SupportGrant[]>(await asUser(admin, 'GET', '/api/organisation/support-access'));

  const auditEntries = async (action: string) =>
    (
      await readJson<{ entries: AuditEntry[] }>(
        await asUser(admin, 'GET', `/api/audit-log?action=${action}&limit=200`),
      )
    ).entries;

  it('lists organisations with head counts and settings, but no member names or addresses', async () => {
    const invited = await buildUser(testApp.database.handle.db, organisationId, { status: 'invited' });
    const response = await asUser(operator, 'GET', '/api/operator/organisations');
    expect(response.status).toBe(200);
    const text = await response.text();
    const organisations = JSON.parse(text) as OperatorOrganisation[];
    // The operator's own organisation is not a customer.
    expect(organisations.map((organisation) => organisation.slug)).toEqual(['gemeente-voorbeeld']);
    expect(organisations[0]).toEqual({
      id: organisationId,
      name: 'Gemeente Voorbeeld',
      slug: 'gemeente-voorbeeld',
      createdAt: expect.any(String),
      cancelledAt: null,
      requireSecondFactor: false,
      memberCount: DEMO_USERS.length + 1,
      activeMemberCount: DEMO_USERS.length,
      supportAccessActive: false,
      supportAccessUntil: null,
    });
    for (const person of [...DEMO_USERS, invited]) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.email);
    }
  });

  it('tells staff apart in /api/me, so the app shows the console only to them', async () => {
    expect(await readJson(await asUser(operator, 'GET', '/api/me'))).toMatchObject({
      operatorRole: 'platform_admin',
    });
    expect(await readJson(await asUser(admin, 'GET', '/api/me'))).toMatchObject({ operatorRole: null });
  });

  it('is for operator staff only: organisation admins and members get 403', async () => {
    for (const cookie of [admin, member]) {
      const refused = await asUser(cookie, 'GET', '/api/operator/organisations');
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).code).toBe('forbidden');
    }
    // A staff row for someone outside the operator's organisation grants nothing.
    const db = testApp.database.handle.db;
    const [anna] = await testApp.database.handle
      .executeSql("select id from users where email = 'beheerder@voorbeeld.nl'")
      .then((result) => result.rows);
    const staffId = uuidv7();
    await db.insert(operatorStaff).values({ id: staffId, userId: String(anna?.id), role: 'platform_admin' });
    try {
      expect((await asUser(admin, 'GET', '/api/operator/organisations')).status).toBe(403);
      // Staff rows are closed to tenant transactions altogether.
      await expect(
        inTenant(db, organisationId, (tx) => tx.select().from(operatorStaff)),
      ).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/permission denied/) },
      });
    } finally {
      await testApp.database.handle.executeSql('delete from operator_staff where id = $1', [staffId]);
    }
  });

  it('lets only organisation admins grant, list and revoke support access', async () => {
    const attempts = [
      await asUser(member, 'POST', '/api/organisation/support-access', { hours: 24, reason: 'Hulp' }),
      // Refused before the body is read: an invalid body still answers 403, not 400.
      await asUser(member, 'POST', '/api/organisation/support-access', { hours: 500 }),
      await asUser(member, 'GET', '/api/organisation/support-access'),
      await asUser(member, 'DELETE', `/api/organisation/support-access/${uuidv7()}`),
    ];
    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403, 403]);
    expect((await errorOf(attempts[0] as Response)).code).toBe('forbidden');
    expect(await grants()).toEqual([]);
  });

  it('grants 24 hours of support access: audited, listed with its expiry, active in the console', async () => {
    const before = Date.now();
    const created = await grant(24, '  Meldingen komen niet aan bij het beleidsteam ');
    const expiresAt = new Date(created.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 24 * HOUR_MS);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 24 * HOUR_MS);

    expect(await grants()).toEqual([
      {
        id: created.id,
        reason: 'Meldingen komen niet aan bij het beleidsteam',
        grantedByName: 'Anna de Vries',
        createdAt: expect.any(String),
        expiresAt: created.expiresAt,
        revokedAt: null,
        active: true,
      },
    ]);
    const [entry] = await auditEntries('support_access.granted');
    expect(entry).toMatchObject({
      actorName: 'Anna de Vries',
      targetType: 'support_grant',
      targetId: created.id,
      details: {
        hours: 24,
        reason: 'Meldingen komen niet aan bij het beleidsteam',
        expiresAt: created.expiresAt,
      },
    });
    expect(await demoInConsole()).toMatchObject({
      supportAccessActive: true,
      supportAccessUntil: created.expiresAt,
    });
    expect(await hasActiveSupportGrant(testApp.database.handle.db, organisationId)).toBe(true);
  });

  it('revokes support access at once, audited; revoking again changes nothing', async () => {
    const [active] = await grants();
    expect(active?.active).toBe(true);
    const id = active?.id ?? '';
    expect((await asUser(admin, 'DELETE', `/api/organisation/support-access/${id}`)).status).toBe(204);

    const [revoked] = await grants();
    expect(revoked).toMatchObject({ id, active: false, revokedAt: expect.any(String) });
    expect(await demoInConsole()).toMatchObject({ supportAccessActive: false, supportAccessUntil: null });
    expect(await hasActiveSupportGrant(testApp.database.handle.db, organisationId)).toBe(false);
    expect(await auditEntries('support_access.revoked')).toEqual([
      expect.objectContaining({ actorName: 'Anna de Vries', targetType: 'support_grant', targetId: id }),
    ]);

    expect((await asUser(admin, 'DELETE', `/api/organisation/support-access/${id}`)).status).toBe(204);
    expect(await auditEntries('support_access.revoked')).toHaveLength(1);
    expect((await grants())[0]?.revokedAt).toBe(revoked?.revokedAt);
  });

  it('accepts 1 to 72 whole hours with a reason, and refuses anything else with 400', async () => {
    for (const body of [
      { hours: 0, reason: 'Te kort' },
      { hours: 73, reason: 'Te lang' },
      { hours: 1.5, reason: 'Geen heel uur' },
      { hours: '24', reason: 'Tekst' },
      { hours: 24, reason: '   ' },
      { hours: 24 },
    ]) {
      const response = await asUser(admin, 'POST', '/api/organisation/support-access', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
    const shortest = await grant(1);
    const longest = await grant(72);
    const until = (await demoInConsole())?.supportAccessUntil;
    expect(until).toBe(longest.expiresAt);
    for (const { id } of [shortest, longest]) {
      expect((await asUser(admin, 'DELETE', `/api/organisation/support-access/${id}`)).status).toBe(204);
    }
    expect((await grants()).filter((listed) => listed.active)).toEqual([]);
  });

  it('reads the platform-wide mail outbox, for operator staff only', async () => {
    await asUser(admin, 'POST', '/api/users', { name: 'Nieuwe Collega', email: 'collega@voorbeeld.nl' });
    const response = await asUser(operator, 'GET', '/api/operator/mail?limit=5');
    expect(response.status).toBe(200);
    const mail = await readJson<{ toAddress: string; template: string }[]>(response);
    expect(mail[0]).toMatchObject({ toAddress: 'collega@voorbeeld.nl', template: 'invitation' });
    expect((await asUser(admin, 'GET', '/api/operator/mail')).status).toBe(403);
  });

  it('answers 404 for another organisation’s grant and leaves it alone', async () => {
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db, 'Waterschap B');
    const foreignId = uuidv7();
    await db.insert(supportGrants).values({
      id: foreignId,
      organisationId: other.organisation.id,
      grantedBy: other.admin.id,
      reason: 'Storing',
      expiresAt: new Date(Date.now() + HOUR_MS),
    });
    for (const id of [foreignId, uuidv7()]) {
      const response = await asUser(admin, 'DELETE', `/api/organisation/support-access/${id}`);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    }
    expect((await grants()).some((listed) => listed.id === foreignId)).toBe(false);
    expect(await hasActiveSupportGrant(db, other.organisation.id)).toBe(true);
    // Row-level security: even without a filter, a tenant transaction sees only its own grants.
    const visible = await inTenant(db, organisationId, (tx) => tx.select().from(supportGrants));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((row) => row.organisationId === organisationId)).toBe(true);
    const overview = await readJson<OperatorOrganisation[]>(
      await asUser(operator, 'GET', '/api/operator/organisations'),
    );
    expect(overview.find((organisation) => organisation.id === other.organisation.id)).toMatchObject({
      supportAccessActive: true,
      memberCount: 1,
    });
  });

  it('a platform admin undoes an organisation’s cancellation in the grace period; its people sign in again', async () => {
    expect(
      (await asUser(admin, 'POST', '/api/organisation/cancel', { password: DEMO_PASSWORD })).status,
    ).toBe(204);
    const refused = await testApp.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.43' },
      body: JSON.stringify({ email: 'notulist@voorbeeld.nl', password: DEMO_PASSWORD }),
    });
    expect(refused.status).toBe(401);
    expect(
      (await asUser(operator, 'POST', `/api/operator/organisations/${organisationId}/restore`)).status,
    ).toBe(204);
    expect((await asUser(await signIn('notulist@voorbeeld.nl', '192.0.2.44'), 'GET', '/api/me')).status).toBe(
      200,
    );
    expect(
      (await asUser(operator, 'POST', `/api/operator/organisations/${organisationId}/restore`)).status,
    ).toBe(404);
  });
});
