import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Task {
  id: string;
  title: string;
  description: string;
  owner: { user: { id: string; name: string } | null; role: { id: string; name: string } | null };
  deadline: string | null;
  status: string;
  checklist: { id: string; text: string; done: boolean }[];
  overdue: boolean;
  createdBy: { id: string; name: string } | null;
  completedAt: string | null;
  completedBy: { id: string; name: string } | null;
}

const HOUR = 60 * 60 * 1000;
const backends = await testBackends();

describe.each(backends)('incident tasks [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let people: Record<'anna' | 'bram' | 'carla', { id: string; cookie: string }>;
  let room: Awaited<ReturnType<typeof buildIncidentRoom>>;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const ids = await testApp.database.handle.executeSql(
      `select u.id, u.email, u.organisation_id from users u join organisations o on o.id = u.organisation_id
       where o.slug = 'gemeente-voorbeeld'`,
    );
    const idOf = (email: string) => String(ids.rows.find((row) => row.email === email)?.id);
    organisationId = String(ids.rows[0]?.organisation_id);
    const person = async (email: string) => ({ id: idOf(email), cookie: await signInToApp(testApp, email) });
    people = {
      anna: await person('beheerder@voorbeeld.nl'),
      bram: await person('burgemeester@voorbeeld.nl'),
      carla: await person('communicatie@voorbeeld.nl'),
    };
    // Carla (a member) works on the incident; Bram (a member) does not; Anna is an admin.
    room = await buildIncidentRoom(testApp.database.handle.db, organisationId, people.carla.id);
  });
  afterAll(() => testApp.close());

  const as = (who: keyof typeof people, method: string, path: string, body?: unknown) =>
    requestAs(testApp, people[who].cookie, method, path, body);
  const tasksOf = (incidentId: string) => `/api/incidents/${incidentId}/tasks`;

  async function createTask(body: Record<string, unknown>, incidentId = room.incidentId) {
    const response = await as('carla', 'POST', tasksOf(incidentId), body);
    expect(response.status).toBe(201);
    return readJson<Task>(response);
  }

  async function lastEvent(incidentId: string) {
    const result = await testApp.database.handle.executeSql(
      'select type, payload from events where topic = $1 order by id desc limit 1',
      [`incident:${incidentId}`],
    );
    return result.rows[0] as { type: string; payload: Record<string, unknown> } | undefined;
  }

  async function newIncident() {
    return buildIncidentRoom(testApp.database.handle.db, organisationId, people.carla.id);
  }

  it('adds a task with an owner, a deadline and a checklist, and tells the room', async () => {
    const deadline = new Date(Date.now() + 2 * HOUR).toISOString();
    const task = await createTask({
      title: '  Persbericht opstellen ',
      description: 'Eerste bericht aan de pers',
      ownerUserId: people.bram.id,
      ownerRoleId: room.roleId,
      deadline,
      checklist: ['Tekst schrijven', 'Burgemeester laten lezen'],
    });
    expect(task).toMatchObject({
      title: 'Persbericht opstellen',
      description: 'Eerste bericht aan de pers',
      owner: { user: { id: people.bram.id, name: 'Bram Jansen' }, role: { id: room.roleId } },
      deadline,
      status: 'open',
      overdue: false,
      createdBy: { id: people.carla.id, name: 'Carla Bakker' },
      completedAt: null,
      completedBy: null,
    });
    expect(task.checklist.map(({ text, done }) => ({ text, done }))).toEqual([
      { text: 'Tekst schrijven', done: false },
      { text: 'Burgemeester laten lezen', done: false },
    ]);
    expect(new Set(task.checklist.map((item) => item.id)).size).toBe(2);
    expect(await lastEvent(room.incidentId)).toEqual({ type: 'task.created', payload: { task } });

    const listed = await readJson<Task[]>(await as('carla', 'GET', tasksOf(room.incidentId)));
    expect(listed.find((item) => item.id === task.id)).toEqual(task);
  });

  it('makes an overdue task stand out: overdue, and first in the list', async () => {
    const incident = await newIncident();
    const later = await createTask(
      { title: 'Later', deadline: new Date(Date.now() + 5 * HOUR).toISOString() },
      incident.incidentId,
    );
    const late = await createTask(
      { title: 'Te laat', deadline: new Date(Date.now() - HOUR).toISOString() },
      incident.incidentId,
    );
    const soon = await createTask(
      { title: 'Binnenkort', deadline: new Date(Date.now() + HOUR).toISOString() },
      incident.incidentId,
    );
    const finishedLate = await createTask(
      { title: 'Afgerond maar te laat', deadline: new Date(Date.now() - 2 * HOUR).toISOString() },
      incident.incidentId,
    );
    await as('carla', 'PATCH', `${tasksOf(incident.incidentId)}/${finishedLate.id}`, { status: 'done' });

    const listed = await readJson<Task[]>(await as('carla', 'GET', tasksOf(incident.incidentId)));
    expect(listed.map((task) => [task.title, task.overdue])).toEqual([
      ['Te laat', true],
      ['Afgerond maar te laat', false],
      ['Binnenkort', false],
      ['Later', false],
      // The factory's task has no deadline: last.
      ['Ontruiming bevestigen', false],
    ]);
    expect([late.overdue, soon.overdue, later.overdue]).toEqual([true, false, false]);
  });

  it('records who completed a task and when, and clears that when it is reopened', async () => {
    const task = await createTask({ title: 'Opvang regelen' });
    const path = `${tasksOf(room.incidentId)}/${task.id}`;
    const done = await as('carla', 'PATCH', path, { status: 'done' });
    expect(done.status).toBe(200);
    const completed = await readJson<Task>(done);
    expect(completed).toMatchObject({
      status: 'done',
      completedBy: { id: people.carla.id, name: 'Carla Bakker' },
    });
    expect(completed.completedAt).not.toBeNull();
    expect(await lastEvent(room.incidentId)).toEqual({ type: 'task.changed', payload: { task: completed } });

    // Saving it again as done keeps the first completion.
    const again = await readJson<Task>(
      await as('anna', 'PATCH', path, { status: 'done', title: 'Opvang geregeld' }),
    );
    expect(again).toMatchObject({ title: 'Opvang geregeld', completedBy: { id: people.carla.id } });
    expect(again.completedAt).toBe(completed.completedAt);

    const reopened = await readJson<Task>(await as('carla', 'PATCH', path, { status: 'in_progress' }));
    expect(reopened).toMatchObject({ status: 'in_progress', completedAt: null, completedBy: null });
  });

  it('keeps checklist item ids across changes, and gives new items new ids', async () => {
    const task = await createTask({ title: 'Ontruimen', checklist: ['BHV bellen', 'Verzamelplaats'] });
    const [first, second] = task.checklist;
    const path = `${tasksOf(room.incidentId)}/${task.id}`;
    const changed = await readJson<Task>(
      await as('carla', 'PATCH', path, {
        checklist: [
          { id: second?.id, text: 'Verzamelplaats controleren', done: true },
          { id: first?.id, text: 'BHV bellen', done: true },
          { text: 'Brandweer informeren', done: false },
        ],
      }),
    );
    expect(changed.checklist.slice(0, 2)).toEqual([
      { id: second?.id, text: 'Verzamelplaats controleren', done: true },
      { id: first?.id, text: 'BHV bellen', done: true },
    ]);
    const added = changed.checklist[2];
    expect(added).toMatchObject({ text: 'Brandweer informeren', done: false });
    expect([first?.id, second?.id]).not.toContain(added?.id);

    // Another change that leaves the list alone keeps it exactly; an id the task never had is replaced.
    const untouched = await readJson<Task>(await as('carla', 'PATCH', path, { description: 'Snel' }));
    expect(untouched.checklist).toEqual(changed.checklist);
    const foreignId = '00000000-0000-7000-8000-000000000001';
    const replaced = await readJson<Task>(
      await as('carla', 'PATCH', path, { checklist: [{ id: foreignId, text: 'Nieuw', done: false }] }),
    );
    expect(replaced.checklist).toHaveLength(1);
    expect(replaced.checklist[0]?.id).not.toBe(foreignId);
  });

  it('refuses invalid tasks with a clear answer', async () => {
    const other = await buildOrganisation(testApp.database.handle.db);
    const otherRoom = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    const deactivated = await buildUser(testApp.database.handle.db, organisationId, {
      status: 'deactivated',
    });
    const invited = await buildUser(testApp.database.handle.db, organisationId, { status: 'invited' });
    const path = tasksOf(room.incidentId);
    for (const body of [
      { title: '' },
      { title: 'x'.repeat(201) },
      { title: 'Zonder datum', deadline: 'morgen' },
      { title: 'Lange lijst', checklist: Array.from({ length: 51 }, (_, index) => `Punt ${index}`) },
      { title: 'Lang punt', checklist: ['x'.repeat(301)] },
      { title: 'Leeg punt', checklist: [' '] },
    ]) {
      const response = await as('carla', 'POST', path, body);
      expect([body.title.slice(0, 20), response.status]).toEqual([body.title.slice(0, 20), 400]);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
    const foreignOwner = await as('carla', 'POST', path, { title: 'X', ownerUserId: other.admin.id });
    expect(foreignOwner.status).toBe(400);
    expect(await errorOf(foreignOwner)).toMatchObject({
      code: 'task_owner_user_unknown',
      message: expect.stringContaining('eigenaar'),
    });
    const gone = await as('carla', 'POST', path, { title: 'X', ownerUserId: deactivated.id });
    expect((await errorOf(gone)).code).toBe('task_owner_user_unknown');
    const foreignRole = await as('carla', 'POST', path, { title: 'X', ownerRoleId: otherRoom.roleId });
    expect((await errorOf(foreignRole)).code).toBe('task_owner_role_unknown');
    const pending = await as('carla', 'POST', path, {
      title: 'Voor een nieuwe collega',
      ownerUserId: invited.id,
    });
    expect(pending.status).toBe(201);

    const task = await createTask({ title: 'Wijzigen' });
    const empty = await as('carla', 'PATCH', `${path}/${task.id}`, {});
    expect(empty.status).toBe(400);
    const badStatus = await as('carla', 'PATCH', `${path}/${task.id}`, { status: 'klaar' });
    expect(badStatus.status).toBe(400);
  });

  it('lets the owner and deadline be cleared', async () => {
    const task = await createTask({
      title: 'Eigenaar wisselen',
      ownerUserId: people.carla.id,
      deadline: new Date(Date.now() + HOUR).toISOString(),
    });
    const changed = await readJson<Task>(
      await as('carla', 'PATCH', `${tasksOf(room.incidentId)}/${task.id}`, {
        ownerUserId: null,
        ownerRoleId: room.roleId,
        deadline: null,
      }),
    );
    expect(changed.owner).toEqual({ user: null, role: { id: room.roleId, name: expect.any(String) } });
    expect(changed.deadline).toBeNull();
  });

  it('marks the incident as changed', async () => {
    const incident = await newIncident();
    await testApp.database.handle.executeSql(
      `update incidents set updated_at = '2000-01-01T00:00:00Z' where id = $1`,
      [incident.incidentId],
    );
    await createTask({ title: 'Iets' }, incident.incidentId);
    const result = await testApp.database.handle.executeSql(
      'select updated_at from incidents where id = $1',
      [incident.incidentId],
    );
    expect(new Date(String(result.rows[0]?.updated_at)).getFullYear()).toBeGreaterThan(2000);
  });

  it('refuses changes once the incident is closed, in Dutch or English', async () => {
    const incident = await newIncident();
    await testApp.database.handle.executeSql(`update incidents set status = 'closed' where id = $1`, [
      incident.incidentId,
    ]);
    const created = await as('carla', 'POST', tasksOf(incident.incidentId), { title: 'Te laat' });
    expect(created.status).toBe(409);
    expect(await errorOf(created)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('afgerond'),
    });
    const changed = await testApp.app.request(`${tasksOf(incident.incidentId)}/${incident.taskId}`, {
      method: 'PATCH',
      headers: {
        Cookie: people.carla.cookie,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({ status: 'done' }),
    });
    expect(changed.status).toBe(409);
    expect(await errorOf(changed)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('closed'),
    });
    // Reading stays possible.
    expect((await as('carla', 'GET', tasksOf(incident.incidentId))).status).toBe(200);
  });

  it('shows tasks only to those with a need to know, and never across organisations', async () => {
    const path = tasksOf(room.incidentId);
    expect((await as('bram', 'GET', path)).status).toBe(404);
    expect((await as('bram', 'POST', path, { title: 'Niet van mij' })).status).toBe(404);
    expect((await as('bram', 'PATCH', `${path}/${room.taskId}`, { status: 'done' })).status).toBe(404);
    // Admins run the crisis organisation: they read (and may act) without being a participant.
    expect((await as('anna', 'GET', path)).status).toBe(200);

    const other = await buildOrganisation(testApp.database.handle.db);
    const foreign = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    expect((await as('anna', 'GET', tasksOf(foreign.incidentId))).status).toBe(404);
    const foreignTask = await as('anna', 'PATCH', `${tasksOf(foreign.incidentId)}/${foreign.taskId}`, {
      status: 'done',
    });
    expect(foreignTask.status).toBe(404);
    // A task of another incident cannot be reached through this one.
    const incident = await newIncident();
    const elsewhere = await as('carla', 'PATCH', `${path}/${incident.taskId}`, { status: 'done' });
    expect(elsewhere.status).toBe(404);
  });
});
