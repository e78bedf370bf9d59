import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { apiKeys } from '../../server/db/schema/api-keys.js';
import { supportGrants } from '../../server/db/schema/support-grants.js';
import { PUBLIC_API_ROUTES } from '../../server/http/middleware/require-sign-in.js';
import { openSession } from '../../server/modules/accounts/open-session.js';
import { newApiKeySecret } from '../../server/modules/api-keys/api-key-secret.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

/**
 * Generated from the OpenAPI document: every route is called without a session (401), and as a
 * user of organisation A with the ids of organisation B's resources (404). A new route fails this
 * test until it is listed here, as public or with a way to find B's id for each path parameter.
 */
const PUBLIC_ROUTES = new Set([...PUBLIC_API_ROUTES, 'GET /healthz', 'GET /readyz']);

type Resources = Record<string, string>;

/** Operator console routes: organisation users (admins included) get 403 whatever id they send. */
const OPERATOR_ROUTES = new Set(['POST /api/operator/organisations/{id}/restore']);

/**
 * For each route with path parameters: the ids of organisation B's resources to try from A, one per
 * parameter in path order, and a body that would be valid, so the answer is about access and not
 * about the input.
 */
const FOREIGN_ID_FOR: Record<string, { id: (b: Resources) => string | string[]; body?: unknown }> = {
  'DELETE /api/me/sessions/{id}': { id: (b) => b.sessionId ?? '' },
  'PATCH /api/users/{id}': { id: (b) => b.userId ?? '', body: { status: 'deactivated' } },
  'POST /api/users/{id}/cancel': { id: (b) => b.userId ?? '' },
  'POST /api/users/{id}/restore': { id: (b) => b.userId ?? '' },
  'DELETE /api/api-keys/{id}': { id: (b) => b.apiKeyId ?? '' },
  'DELETE /api/organisation/support-access/{id}': { id: (b) => b.supportGrantId ?? '' },
};

const backends = await testBackends();

describe.each(backends)('tenant isolation on every route [%s]', (kind) => {
  let testApp: TestApp;
  let routes: { method: string; path: string }[];
  let cookieA: string;
  const b: Resources = {};
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const a = await buildOrganisation(db, 'Gemeente A');
    const other = await buildOrganisation(db, 'Ziekenhuis B');
    const userB = await buildUser(db, other.organisation.id, {});
    const client = { ipAddress: '192.0.2.1', userAgent: undefined };
    const sessionA = await openSession(db, a.admin, client);
    const sessionB = await openSession(db, userB, client);
    cookieA = `__Host-baken_session=${sessionA.token}`;
    b.sessionId = sessionB.sessionId;
    b.organisationId = other.organisation.id;
    b.userId = userB.id;
    const { key: _shownOnce, ...keyB } = newApiKeySecret();
    b.apiKeyId = uuidv7();
    await db.insert(apiKeys).values({
      ...keyB,
      id: b.apiKeyId,
      organisationId: other.organisation.id,
      name: 'Koppeling B',
      scopes: ['incidents:read'],
      createdBy: other.admin.id,
    });
    Object.assign(b, await buildIncidentRoom(db, other.organisation.id, userB.id));
    b.supportGrantId = uuidv7();
    await db.insert(supportGrants).values({
      id: b.supportGrantId,
      organisationId: other.organisation.id,
      grantedBy: other.admin.id,
      reason: 'Storing bij B',
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    const document = await readJson<{ paths: Record<string, Record<string, unknown>> }>(
      await testApp.app.request('/api/openapi.json'),
    );
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => testApp.close());

  const call = (method: string, path: string, cookie?: string, body: unknown = {}) =>
    testApp.app.request(path, {
      method,
      headers: {
        ...(cookie ? { Cookie: cookie } : {}),
        'Sec-Fetch-Site': 'same-origin',
        ...(method === 'GET' || method === 'DELETE' ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: JSON.stringify(body) }),
    });

  it('knows every route: public, or with a foreign id for each parameter', () => {
    const unknown = routes
      .map(({ method, path }) => `${method} ${path}`)
      .filter(
        (route) =>
          !PUBLIC_ROUTES.has(route) &&
          route.includes('{') &&
          !(route in FOREIGN_ID_FOR) &&
          !OPERATOR_ROUTES.has(route),
      );
    expect(unknown).toEqual([]);
  });

  it('answers 401 on every non-public route without a session', async () => {
    const answers: Record<string, number> = {};
    for (const { method, path } of routes) {
      const route = `${method} ${path}`;
      if (PUBLIC_ROUTES.has(route)) continue;
      const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-7000-8000-000000000000');
      answers[route] = (await call(method, concrete)).status;
    }
    expect(Object.values(answers).length).toBeGreaterThan(0);
    expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
  });

  it('keeps organisation users, admins included, out of the operator routes (403)', async () => {
    for (const route of OPERATOR_ROUTES) {
      const [method = 'GET', path = ''] = route.split(' ');
      const response = await call(method, path.replace(/\{[^}]+\}/, b.organisationId ?? ''), cookieA);
      expect([route, response.status]).toEqual([route, 403]);
    }
  });

  it('answers 404 on every route with an id of another organisation, and changes nothing', async () => {
    const answers: Record<string, number> = {};
    for (const [route, foreign] of Object.entries(FOREIGN_ID_FOR)) {
      const [method = 'GET', path = ''] = route.split(' ');
      const ids = [foreign.id(b)].flat();
      const concrete = path.replace(/\{[^}]+\}/g, () => ids.shift() ?? '');
      answers[route] = (await call(method, concrete, cookieA, foreign.body)).status;
    }
    expect(Object.entries(answers).filter(([, status]) => status !== 404)).toEqual([]);
    const live = await testApp.database.handle.executeSql('select ended_at from sessions where id = $1', [
      b.sessionId,
    ]);
    expect(live.rows[0]?.ended_at).toBeNull();
    const stillActive = await testApp.database.handle.executeSql('select status from users where id = $1', [
      b.userId,
    ]);
    expect(stillActive.rows[0]?.status).toBe('active');
    const keyB = await testApp.database.handle.executeSql('select revoked_at from api_keys where id = $1', [
      b.apiKeyId,
    ]);
    expect(keyB.rows[0]?.revoked_at).toBeNull();
    const grantB = await testApp.database.handle.executeSql(
      'select revoked_at from support_grants where id = $1',
      [b.supportGrantId],
    );
    expect(grantB.rows[0]?.revoked_at).toBeNull();
  });
});
