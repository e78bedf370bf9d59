import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../../server/modules/accounts/open-session.js';
import { resolveApiKey } from '../../server/modules/api-keys/resolve-api-key.js';
import { DEMO_SCENARIOS } from '../../server/modules/demo/demo-organisation.js';
import { buildOrganisation } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface IncidentTemplate {
  title: string;
  teams: { id: string; name: string }[];
  initialTasks: { title: string; checklist: string[] }[];
  location: { id: string; name: string } | null;
}

interface CreatedKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  key: string;
}

const backends = await testBackends();

describe.each(backends)('API keys [%s]', (kind) => {
  let testApp: TestApp;
  let admin: string;
  let member: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    admin = await signIn('beheerder@voorbeeld.nl', '192.0.2.10');
    member = await signIn('burgemeester@voorbeeld.nl', '192.0.2.11');
  });
  afterAll(() => testApp.close());

  const signIn = (email: string, ip: string) => signInToApp(testApp, email, ip);

  const asUser = (cookie: string, method: string, path: string, body?: unknown) =>
    requestAs(testApp, cookie, method, path, body);

  const withKey = (key: string, path = '/api/incident-templates', init: RequestInit = {}) =>
    testApp.app.request(path, {
      ...init,
      headers: { Authorization: `Bearer ${key}`, 'X-Forwarded-For': '198.51.100.30', ...init.headers },
    });

  async function createKey(name: string, scopes: string[], cookie = admin): Promise<CreatedKey> {
    const response = await asUser(cookie, 'POST', '/api/api-keys', { name, scopes });
    expect(response.status).toBe(201);
    return readJson<CreatedKey>(response);
  }

  it('shows the key once and stores only its SHA-256 and prefix', async () => {
    const created = await createKey('Brandmeldcentrale', ['incidents:read']);
    expect(created.key).toMatch(/^bkn_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({
      name: 'Brandmeldcentrale',
      prefix: created.key.slice(4, 12),
      scopes: ['incidents:read'],
    });

    const stored = await testApp.database.handle.executeSql('select * from api_keys where id = $1', [
      created.id,
    ]);
    expect(stored.rows[0]?.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    const secret = created.key.slice(13);
    expect(JSON.stringify(stored.rows)).not.toContain(secret);

    const list = await asUser(admin, 'GET', '/api/api-keys');
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain(String(stored.rows[0]?.key_hash));
    const listed = (JSON.parse(text) as Record<string, unknown>[]).find((key) => key.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'Brandmeldcentrale',
      prefix: created.prefix,
      scopes: ['incidents:read'],
      createdAt: created.createdAt,
      createdByName: 'Anna de Vries',
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('lists every scope a key was given, once', async () => {
    const created = await createKey('Koppeling meldkamer', [
      'incidents:write',
      'incidents:read',
      'incidents:write',
    ]);
    expect([...created.scopes].sort()).toEqual(['incidents:read', 'incidents:write']);
    const listed = await readJson<{ id: string; scopes: string[] }[]>(
      await asUser(admin, 'GET', '/api/api-keys'),
    );
    expect(listed.find((key) => key.id === created.id)?.scopes.sort()).toEqual([
      'incidents:read',
      'incidents:write',
    ]);
  });

  it('refuses keys without a name or scope, or with an unknown scope', async () => {
    for (const body of [
      { name: 'Leeg', scopes: [] },
      { name: ' ', scopes: ['incidents:read'] },
      { name: 'Alles', scopes: ['admin'] },
    ]) {
      const response = await asUser(admin, 'POST', '/api/api-keys', body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
  });

  it('lets only organisation admins create, list and revoke keys', async () => {
    const created = await createKey('Alleen beheer', ['incidents:read']);
    const attempts = [
      await asUser(member, 'POST', '/api/api-keys', { name: 'Van een lid', scopes: ['incidents:read'] }),
      // Refused before the body is read: an invalid body still answers 403, not 400.
      await asUser(member, 'POST', '/api/api-keys', {}),
      await asUser(member, 'GET', '/api/api-keys'),
      await asUser(member, 'DELETE', `/api/api-keys/${created.id}`),
    ];
    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403, 403]);
    expect((await errorOf(attempts[0] as Response)).code).toBe('forbidden');
    expect((await withKey(created.key)).status).toBe(200);
  });

  it('lists the incident templates for a key with incidents:read, by title, with team names', async () => {
    const { key } = await createKey('Dashboard', ['incidents:read']);
    const response = await withKey(key);
    expect(response.status).toBe(200);
    const templates = await readJson<IncidentTemplate[]>(response);
    expect(templates.map((template) => template.title)).toEqual(
      DEMO_SCENARIOS.map((scenario) => scenario.title).sort(),
    );
    const fire = templates.find((template) => template.title === 'Brand in gebouw');
    expect(fire?.teams.map((team) => team.name)).toEqual(['Gemeentelijk Beleidsteam', 'Operationeel Team']);
    expect(fire?.initialTasks).toHaveLength(3);
    expect(fire?.location?.name).toBe('Uitwijklocatie Brandweerkazerne');
    // A member signed in with a cookie sees the same list.
    expect(await readJson(await asUser(member, 'GET', '/api/incident-templates'))).toEqual(templates);
  });

  it('answers 403 to a key without the scope the route needs', async () => {
    const { key } = await createKey('Alleen schrijven', ['incidents:write']);
    const response = await withKey(key);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('forbidden');
  });

  it('refuses a revoked key at once', async () => {
    const created = await createKey('Oude centrale', ['incidents:read']);
    expect((await withKey(created.key)).status).toBe(200);
    expect((await asUser(admin, 'DELETE', `/api/api-keys/${created.id}`)).status).toBe(204);
    const refused = await withKey(created.key);
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).code).toBe('unauthenticated');
    const listed = await readJson<{ id: string; revokedAt: string | null }[]>(
      await asUser(admin, 'GET', '/api/api-keys'),
    );
    expect(listed.find((key) => key.id === created.id)?.revokedAt).not.toBeNull();
    // Revoking again changes nothing and is not audited twice.
    expect((await asUser(admin, 'DELETE', `/api/api-keys/${created.id}`)).status).toBe(204);
    const audits = await testApp.database.handle.executeSql(
      "select action from audit_log where target_id = $1 and action in ('api_key.created', 'api_key.revoked') order by action",
      [created.id],
    );
    expect(audits.rows.map((row) => row.action)).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('answers 401 to an unknown or malformed key, translated', async () => {
    const unknown = `bkn_0badc0de_${'A'.repeat(43)}`;
    const responses = [
      await withKey(unknown),
      await withKey(unknown, '/api/incident-templates?lang=en'),
      await withKey('niet-een-sleutel'),
    ];
    expect(responses.map((response) => response.status)).toEqual([401, 401, 401]);
    const [dutch, english] = [
      await errorOf(responses[0] as Response),
      await errorOf(responses[1] as Response),
    ];
    expect(dutch.code).toBe('unauthenticated');
    expect(english.message).toMatch(/not signed in/);
    expect(dutch.message).not.toBe(english.message);
  });

  it('is no session: a key reaches only routes that accept keys, and needs no CSRF headers', async () => {
    const { key } = await createKey('Geen gebruiker', ['incidents:read', 'incidents:write']);
    expect((await withKey(key, '/api/me')).status).toBe(401);
    const write = await withKey(key, '/api/api-keys', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Via sleutel', scopes: ['incidents:read'] }),
    });
    // Not csrf_failed (403): a bearer request carries no cookie; the key just is not an admin.
    expect(write.status).toBe(401);
  });

  it('audits the use of a key at most once an hour, and notes the last use at most once a minute', async () => {
    const created = await createKey('Monitoring', ['incidents:read']);
    for (let call = 0; call < 3; call++) expect((await withKey(created.key)).status).toBe(200);
    const usage = () =>
      testApp.database.handle.executeSql(
        "select count(*)::int as count from audit_log where action = 'api_key.used' and target_id = $1",
        [created.id],
      );
    const lastUsed = async () =>
      (
        await testApp.database.handle.executeSql('select last_used_at from api_keys where id = $1', [
          created.id,
        ])
      ).rows[0]?.last_used_at as Date;
    expect((await usage()).rows[0]?.count).toBe(1);
    const firstUse = await lastUsed();
    expect(firstUse).toBeInstanceOf(Date);

    const db = testApp.database.handle.db;
    const client = { ipAddress: '192.0.2.99' };
    const at = (minutes: number) => new Date(firstUse.getTime() + minutes * 60_000);
    await resolveApiKey(db, created.key, client, at(0.5));
    expect((await lastUsed()).getTime()).toBe(firstUse.getTime());
    await resolveApiKey(db, created.key, client, at(2));
    expect((await lastUsed()).getTime()).toBe(at(2).getTime());
    expect((await usage()).rows[0]?.count).toBe(1);
    await resolveApiKey(db, created.key, client, at(61));
    expect((await usage()).rows[0]?.count).toBe(2);

    const entry = await testApp.database.handle.executeSql(
      "select actor_user_id, ip_address from audit_log where action = 'api_key.used' and target_id = $1 order by created_at limit 1",
      [created.id],
    );
    expect(entry.rows[0]).toEqual({ actor_user_id: null, ip_address: '198.51.100.30' });
  });

  it('does not let an admin of another organisation revoke or see the key (404)', async () => {
    const created = await createKey('Van Voorbeeld', ['incidents:read']);
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db, 'Veiligheidsregio B');
    const session = await openSession(db, other.admin, { ipAddress: '192.0.2.50', userAgent: undefined });
    const otherAdmin = `__Host-baken_session=${session.token}`;
    const attempt = await asUser(otherAdmin, 'DELETE', `/api/api-keys/${created.id}`);
    expect(attempt.status).toBe(404);
    expect((await errorOf(attempt)).code).toBe('not_found');
    expect(await readJson(await asUser(otherAdmin, 'GET', '/api/api-keys'))).toEqual([]);
    expect(await readJson(await withKey(created.key))).not.toEqual([]);
    const theirs = await createKey('Van B', ['incidents:read'], otherAdmin);
    expect(await readJson(await withKey(theirs.key))).toEqual([]);
  });
});
