import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation } from '../factories/organisation.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { demoPeople } from './preparation-fixtures.js';

interface Operation {
  tags?: string[];
  summary?: string;
}

/** Which of organisation B's ids (from buildIncidentRoom) each preparation path with an id takes. */
const FOREIGN_ID_OF: Record<string, keyof Awaited<ReturnType<typeof buildIncidentRoom>>> = {
  '/api/roles/{id}': 'roleId',
  '/api/teams/{id}': 'teamId',
  '/api/teams/{id}/members': 'teamId',
  '/api/team-templates/{id}': 'teamTemplateId',
  '/api/locations/{id}': 'locationId',
  '/api/logbook/classifications/{id}': 'classificationId',
  '/api/logbook/labels/{id}': 'labelId',
  '/api/situation-templates/{id}': 'situationTemplateId',
  '/api/incident-templates/{id}': 'incidentTemplateId',
};

/** A body each write would accept, so the answer is about access and not about the input. */
const VALID_BODY: Record<string, unknown> = {
  'PATCH /api/roles/{id}': { description: 'Anders' },
  'PATCH /api/teams/{id}': { description: 'Anders' },
  'PUT /api/teams/{id}/members': { members: [] },
  'PATCH /api/team-templates/{id}': { description: 'Anders' },
  'PATCH /api/locations/{id}': { description: 'Anders' },
  'PATCH /api/logbook/classifications/{id}': { position: 3 },
  'PATCH /api/logbook/labels/{id}': { name: 'Anders' },
  'PATCH /api/situation-templates/{id}': { name: 'Anders' },
  'PATCH /api/incident-templates/{id}': { description: 'Anders' },
};

const backends = await testBackends();

describe.each(backends)('who may read and change preparation [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let routes: { method: string; path: string; operation: Operation }[];
  let foreign: Awaited<ReturnType<typeof buildIncidentRoom>>;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db);
    foreign = await buildIncidentRoom(db, other.organisation.id, other.admin.id);
    const document = await readJson<{ paths: Record<string, Record<string, Operation>> }>(
      await testApp.app.request('/api/openapi.json'),
    );
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.tags?.includes('Preparation'))
        .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
    );
  });
  afterAll(() => testApp.close());

  /** An id of the demo organisation for a path, from its list. */
  async function ownIdFor(path: string) {
    const list = path.replace(/\/\{id\}.*$/, '');
    const items = await readJson<{ id: string; isDefault?: boolean }[]>(await people.asAdmin('GET', list));
    // Not the default role: deleting that is refused for another reason than access.
    return items.find((item) => !item.isDefault)?.id ?? '';
  }

  it('documents every preparation route under one tag, with a summary', () => {
    expect(routes.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(
      [
        'GET /api/roles',
        'POST /api/roles',
        'PATCH /api/roles/{id}',
        'DELETE /api/roles/{id}',
        'GET /api/teams',
        'POST /api/teams',
        'GET /api/teams/{id}',
        'PATCH /api/teams/{id}',
        'DELETE /api/teams/{id}',
        'PUT /api/teams/{id}/members',
        'GET /api/team-templates',
        'POST /api/team-templates',
        'PATCH /api/team-templates/{id}',
        'DELETE /api/team-templates/{id}',
        'GET /api/locations',
        'POST /api/locations',
        'PATCH /api/locations/{id}',
        'DELETE /api/locations/{id}',
        'GET /api/logbook/classifications',
        'POST /api/logbook/classifications',
        'PATCH /api/logbook/classifications/{id}',
        'DELETE /api/logbook/classifications/{id}',
        'GET /api/logbook/labels',
        'POST /api/logbook/labels',
        'PATCH /api/logbook/labels/{id}',
        'DELETE /api/logbook/labels/{id}',
        'GET /api/situation-templates',
        'POST /api/situation-templates',
        'PATCH /api/situation-templates/{id}',
        'DELETE /api/situation-templates/{id}',
        'GET /api/incident-templates',
        'POST /api/incident-templates',
        'GET /api/incident-templates/{id}',
        'PATCH /api/incident-templates/{id}',
        'DELETE /api/incident-templates/{id}',
      ].sort(),
    );
    for (const { operation } of routes) expect(operation.summary?.length).toBeGreaterThan(15);
  });

  it('lets a member read everything', async () => {
    for (const { path } of routes.filter((route) => route.method === 'GET')) {
      const concrete = path.includes('{id}') ? path.replace('{id}', await ownIdFor(path)) : path;
      const response = await people.asMember('GET', concrete);
      expect([path, response.status]).toEqual([path, 200]);
    }
  });

  it('refuses every change by a member with 403, whatever the body, and changes nothing', async () => {
    const before = await testApp.database.handle.executeSql(
      `select (select count(*)::int from roles) + (select count(*)::int from teams) +
        (select count(*)::int from team_members) + (select count(*)::int from locations) +
        (select count(*)::int from incident_templates) as rows`,
    );
    for (const { method, path } of routes.filter((route) => route.method !== 'GET')) {
      const concrete = path.includes('{id}') ? path.replace('{id}', await ownIdFor(path)) : path;
      const body = method === 'DELETE' ? undefined : (VALID_BODY[`${method} ${path}`] ?? {});
      const response = await people.asMember(method, concrete, body);
      expect([method, path, response.status]).toEqual([method, path, 403]);
      expect((await errorOf(response)).code).toBe('forbidden');
    }
    const after = await testApp.database.handle.executeSql(
      `select (select count(*)::int from roles) + (select count(*)::int from teams) +
        (select count(*)::int from team_members) + (select count(*)::int from locations) +
        (select count(*)::int from incident_templates) as rows`,
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('answers 404 to an admin for every id of another organisation', async () => {
    for (const { method, path } of routes.filter((route) => route.path.includes('{id}'))) {
      const key = FOREIGN_ID_OF[path];
      expect([path, key]).toEqual([path, expect.any(String)]);
      const concrete = path.replace('{id}', String(foreign[key as keyof typeof foreign]));
      const response = await people.asAdmin(method, concrete, VALID_BODY[`${method} ${path}`]);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    const stillThere = await testApp.database.handle.executeSql(
      'select (select count(*)::int from team_members where team_id = $1) as members, (select description from roles where id = $2) as description',
      [foreign.teamId, foreign.roleId],
    );
    expect(stillThere.rows[0]).toEqual({ members: 1, description: '' });
  });

  it('lists only the organisation’s own things', async () => {
    const foreignIds = new Set(Object.values(foreign));
    for (const { path } of routes.filter((route) => route.method === 'GET' && !route.path.includes('{id}'))) {
      const items = await readJson<{ id: string }[]>(await people.asAdmin('GET', path));
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => foreignIds.has(item.id))).toEqual([]);
    }
  });
});
