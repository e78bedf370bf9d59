import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Template {
  id: string;
  title: string;
  teams: { id: string; name: string }[];
  initialTasks: { title: string }[];
}
interface Incident {
  id: string;
  number: number;
  title: string;
  status: string;
  template: { id: string; title: string } | null;
  situationSections: { key: string; title: string }[];
  startedBy: { id: string; name: string } | null;
  closedBy: { id: string; name: string } | null;
  closedAt: string | null;
  permissions: Record<string, boolean>;
}

const backends = await testBackends();

describe.each(backends)('incidents [%s]', (kind) => {
  let testApp: TestApp;
  let admin: string; // Anna, admin
  let eva: string; // Operationeel Team
  let carla: string; // Beleidsteam only
  let stroomstoring: Template;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.20');
    eva = await signInToApp(testApp, 'facilitair@voorbeeld.nl', '192.0.2.21');
    carla = await signInToApp(testApp, 'communicatie@voorbeeld.nl', '192.0.2.22');
    const templates = await readJson<Template[]>(
      await requestAs(testApp, eva, 'GET', '/api/incident-templates'),
    );
    const found = templates.find((template) => template.title === 'Stroomstoring');
    if (!found) throw new Error('demo scenario Stroomstoring missing');
    stroomstoring = found;
  });
  afterAll(() => testApp.close());

  const as = (cookie: string, method: string, path: string, body?: unknown) =>
    requestAs(testApp, cookie, method, path, body);
  const sql = (text: string, params: unknown[] = []) => testApp.database.handle.executeSql(text, params);

  async function start(cookie: string, body: unknown) {
    const response = await as(cookie, 'POST', '/api/incidents', body);
    expect(response.status, await response.clone().text()).toBe(201);
    return readJson<{ id: string; number: number }>(response);
  }

  it('starts from a scenario with its teams, roles, tasks and situation picture', async () => {
    const { id, number } = await start(eva, { templateId: stroomstoring.id });
    expect(number).toBeGreaterThan(0);
    const incident = await readJson<Incident>(await as(eva, 'GET', `/api/incidents/${id}`));
    expect(incident).toMatchObject({
      title: 'Stroomstoring',
      status: 'active',
      template: { id: stroomstoring.id, title: 'Stroomstoring' },
      startedBy: { name: 'Eva Smit' },
      permissions: { canWrite: true, canClose: true, canArchive: false, canDelete: false },
    });
    expect(incident.situationSections.length).toBeGreaterThan(0);

    const participants = await sql(
      `select u.name, p.team_name, p.role_name from incident_participants p join users u on u.id = p.user_id
       where p.incident_id = $1 order by u.name`,
      [id],
    );
    const teamNames = stroomstoring.teams.map((team) => team.name);
    expect(participants.rows.length).toBeGreaterThan(1);
    for (const row of participants.rows) expect(teamNames).toContain(row.team_name);
    expect(participants.rows).toContainEqual(
      expect.objectContaining({ name: 'Eva Smit', role_name: 'Facilitair' }),
    );

    const tasks = await sql('select title from incident_tasks where incident_id = $1', [id]);
    expect(tasks.rows.map((row) => row.title).sort()).toEqual(
      stroomstoring.initialTasks.map((t) => t.title).sort(),
    );
    const picture = await sql('select version, sections from situation_versions where incident_id = $1', [
      id,
    ]);
    expect(picture.rows).toHaveLength(1);
  });

  it('lets the person who starts it choose people and roles, and adds the starter', async () => {
    const people = await readJson<{ id: string; name: string }[]>(await as(admin, 'GET', '/api/users'));
    const bram = people.find((person) => person.name === 'Bram Jansen');
    const { id } = await start(eva, {
      title: 'Wateroverlast Centrum',
      isExercise: true,
      participants: [{ userId: bram?.id }],
    });
    const rows = await sql(
      'select u.name from incident_participants p join users u on u.id = p.user_id where incident_id = $1 order by u.name',
      [id],
    );
    expect(rows.rows.map((row) => row.name)).toEqual(['Bram Jansen', 'Eva Smit']);
    const incident = await readJson<Incident & { isExercise: boolean }>(
      await as(eva, 'GET', `/api/incidents/${id}`),
    );
    expect(incident.isExercise).toBe(true);
    expect(incident.template).toBeNull();
    // Without a scenario the picture follows beeld-, oordeels- en besluitvorming.
    expect(incident.situationSections.map((section) => section.key)).toEqual([
      'beeldvorming',
      'oordeelsvorming',
      'besluitvorming',
    ]);
  });

  it('refuses a start without title or with someone of another organisation, writing nothing', async () => {
    const before = await sql('select count(*)::int as n from incidents');
    const noTitle = await as(eva, 'POST', '/api/incidents', { participants: [] });
    expect(noTitle.status).toBe(400);
    const untitled = await as(eva, 'POST', '/api/incidents', { description: 'zonder titel' });
    expect(untitled.status).toBe(400);
    expect((await errorOf(untitled)).fields).toContainEqual({
      path: 'title',
      message: 'Geef het incident een titel, of kies een scenario.',
    });
    const stranger = await as(eva, 'POST', '/api/incidents', {
      title: 'Test',
      participants: [{ userId: '01900000-0000-7000-8000-000000000001' }],
    });
    expect(stranger.status).toBe(400);
    expect((await errorOf(stranger)).code).toBe('incident_unknown_reference');
    const after = await sql('select count(*)::int as n from incidents');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('shows an incident only to its participants and the admins (need to know)', async () => {
    const { id } = await start(eva, { templateId: stroomstoring.id });
    // Carla is only in the Beleidsteam, which Stroomstoring does not alert.
    expect((await as(carla, 'GET', `/api/incidents/${id}`)).status).toBe(404);
    expect((await as(carla, 'PATCH', `/api/incidents/${id}`, { title: 'x' })).status).toBe(404);
    expect((await as(carla, 'DELETE', `/api/incidents/${id}`)).status).toBe(404);
    expect((await as(carla, 'GET', `/api/events?topics=incident:${id}`)).status).toBe(404);
    const carlasList = await readJson<{ id: string }[]>(await as(carla, 'GET', '/api/incidents'));
    expect(carlasList.map((incident) => incident.id)).not.toContain(id);
    const adminsList = await readJson<{ id: string }[]>(await as(admin, 'GET', '/api/incidents'));
    expect(adminsList.map((incident) => incident.id)).toContain(id);
    expect((await as(admin, 'GET', `/api/incidents/${id}`)).status).toBe(200);
  });

  it('moves active → closed → archived with who and when; a closed incident is read-only', async () => {
    const { id } = await start(eva, { templateId: stroomstoring.id });
    const closed = await as(eva, 'PATCH', `/api/incidents/${id}`, { status: 'closed' });
    expect(closed.status).toBe(200);
    const closedIncident = await readJson<Incident>(closed);
    expect(closedIncident).toMatchObject({
      status: 'closed',
      closedBy: { name: 'Eva Smit' },
      permissions: { canWrite: false, canReopen: false },
    });
    expect(closedIncident.closedAt).not.toBeNull();

    const edit = await as(eva, 'PATCH', `/api/incidents/${id}`, { title: 'Nieuwe titel' });
    expect(edit.status).toBe(409);
    expect((await errorOf(edit)).message).toMatch(/afgerond en kan niet meer worden gewijzigd/);
    const english = await testApp.app.request(`/api/incidents/${id}`, {
      method: 'PATCH',
      headers: {
        Cookie: eva,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({ title: 'New title' }),
    });
    expect((await errorOf(english)).message).toMatch(/has been closed and can no longer be changed/);

    expect((await as(eva, 'PATCH', `/api/incidents/${id}`, { status: 'active' })).status).toBe(403);
    expect((await as(eva, 'PATCH', `/api/incidents/${id}`, { status: 'archived' })).status).toBe(403);
    const archived = await readJson<Incident>(
      await as(admin, 'PATCH', `/api/incidents/${id}`, { status: 'archived' }),
    );
    expect(archived.status).toBe('archived');
    const straightBack = await as(admin, 'PATCH', `/api/incidents/${id}`, { status: 'active' });
    expect(straightBack.status).toBe(400);
    expect((await errorOf(straightBack)).code).toBe('incident_status_transition');

    const audit = await sql(
      'select action, actor_user_id from audit_log where target_id = $1 order by created_at',
      [id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'incident.started',
      'incident.closed',
      'incident.archived',
    ]);
  });

  it('lets an admin reopen a closed incident', async () => {
    const { id } = await start(eva, { templateId: stroomstoring.id });
    await as(eva, 'PATCH', `/api/incidents/${id}`, { status: 'closed' });
    const reopened = await readJson<Incident>(
      await as(admin, 'PATCH', `/api/incidents/${id}`, { status: 'active' }),
    );
    expect(reopened).toMatchObject({ status: 'active', closedAt: null, closedBy: null });
    const renamed = await as(eva, 'PATCH', `/api/incidents/${id}`, { title: 'Stroomstoring Noord' });
    expect((await readJson<Incident>(renamed)).title).toBe('Stroomstoring Noord');
  });

  it('deletes only by an admin, removes its content and records the deletion', async () => {
    const { id, number } = await start(eva, { templateId: stroomstoring.id });
    expect((await as(eva, 'DELETE', `/api/incidents/${id}`)).status).toBe(403);
    expect((await as(admin, 'DELETE', `/api/incidents/${id}`)).status).toBe(204);
    expect((await as(admin, 'GET', `/api/incidents/${id}`)).status).toBe(404);
    const left = await sql(
      `select (select count(*)::int from incident_tasks where incident_id = $1) as tasks,
              (select count(*)::int from events where topic = $2 and type <> 'incident.deleted') as events`,
      [id, `incident:${id}`],
    );
    expect(left.rows[0]).toEqual({ tasks: 0, events: 0 });
    const audit = await sql(
      "select details from audit_log where action = 'incident.deleted' and target_id = $1",
      [id],
    );
    expect(audit.rows[0]?.details).toMatchObject({ number, title: 'Stroomstoring' });
    // Its number is not given to the next incident: "incident 7" keeps meaning the deleted one.
    expect((await start(eva, { templateId: stroomstoring.id })).number).toBe(number + 1);
  });

  it('numbers incidents 1, 2, 3… per organisation, also when started at the same time', async () => {
    const started = await Promise.all(
      Array.from({ length: 8 }, () => start(eva, { templateId: stroomstoring.id })),
    );
    const numbers = started.map((incident) => incident.number).sort((a, b) => a - b);
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(numbers.map((_, index) => first + index));
  });

  it('starts from a scenario with an API key that has incidents:write, and not with a read-only key', async () => {
    const createKey = async (scopes: string[]) =>
      (
        await readJson<{ key: string }>(
          await as(admin, 'POST', '/api/api-keys', { name: `Koppeling ${scopes}`, scopes }),
        )
      ).key;
    const writeKey = await createKey(['incidents:write']);
    const readKey = await createKey(['incidents:read']);
    const withKey = (key: string) =>
      testApp.app.request('/api/incidents', {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ templateId: stroomstoring.id }),
      });
    expect((await withKey(readKey)).status).toBe(403);
    const response = await withKey(writeKey);
    expect(response.status).toBe(201);
    const { id } = await readJson<{ id: string }>(response);
    const incident = await readJson<Incident>(await as(admin, 'GET', `/api/incidents/${id}`));
    expect(incident).toMatchObject({ title: 'Stroomstoring', startedBy: null });
    const audit = await sql(
      "select details from audit_log where action = 'incident.started' and target_id = $1",
      [id],
    );
    expect(audit.rows[0]?.details).toHaveProperty('apiKeyId');
    // The key cannot read incidents: reading is for people with need to know.
    const read = await testApp.app.request(`/api/incidents/${id}`, {
      headers: { Authorization: `Bearer ${writeKey}` },
    });
    expect(read.status).toBe(401);
  });
});
