import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation } from '../factories/organisation.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import {
  demoPeople,
  type IncidentTemplate,
  type NamedRef,
  requestInEnglish,
} from './preparation-fixtures.js';

const backends = await testBackends();

describe.each(backends)('scenarios (incident templates) [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let demo: { teams: NamedRef[]; locations: NamedRef[]; situationTemplates: NamedRef[] };
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
    demo = {
      teams: await readJson<NamedRef[]>(await people.asAdmin('GET', '/api/teams')),
      locations: await readJson<NamedRef[]>(await people.asAdmin('GET', '/api/locations')),
      situationTemplates: await readJson<NamedRef[]>(await people.asAdmin('GET', '/api/situation-templates')),
    };
  });
  afterAll(() => testApp.close());

  const admin = (method: string, path: string, body?: unknown) => people.asAdmin(method, path, body);
  const ref = ({ id, name }: NamedRef) => ({ id, name });

  it('lists the demo scenarios, each with teams, location, labels, sections and tasks with checklists', async () => {
    const list = await readJson<IncidentTemplate[]>(await admin('GET', '/api/incident-templates'));
    expect(list.map((scenario) => scenario.title)).toEqual([
      'Brand in gebouw',
      'Cyberaanval',
      'Stroomstoring',
    ]);
    for (const scenario of list) {
      expect(scenario.teams.length).toBeGreaterThan(0);
      expect(scenario.location).not.toBeNull();
      expect(scenario.labels.length).toBeGreaterThan(0);
      expect(scenario.situationTemplate?.name).toBe('BOB (beeld-, oordeels-, besluitvorming)');
      expect(scenario.opensChat).toBe(true);
      expect(scenario.initialTasks.every((task) => task.checklist.length > 0)).toBe(true);
    }
    const fire = list[0];
    expect(fire?.location?.name).toBe('Uitwijklocatie Brandweerkazerne');
    expect(fire?.initialTasks[0]).toEqual({
      title: 'Ontruiming bevestigen bij BHV',
      checklist: [
        'BHV-coördinator gebeld',
        'Aanwezigen geteld op de verzamelplaats',
        'Vermiste personen doorgegeven aan de brandweer',
      ],
    });
  });

  it('prepares a scenario with every field, reads it back, changes it and deletes it', async () => {
    const [policyTeam, operationalTeam] = demo.teams;
    const [townHall] = demo.locations;
    const [bob] = demo.situationTemplates;
    const created = await admin('POST', '/api/incident-templates', {
      title: 'Overstroming',
      description: 'Dijkdoorbraak of extreme regenval.',
      alertText: 'Dreigende overstroming. Het beleidsteam komt bijeen.',
      teamIds: [policyTeam?.id, operationalTeam?.id, policyTeam?.id],
      initialTasks: [
        { title: 'Waterschap bellen', checklist: ['Peil bekend'] },
        { title: 'Zandzakken regelen' },
      ],
      locationId: townHall?.id,
      labels: ['Water', 'Water', 'Evacuatie'],
      situationTemplateId: bob?.id,
      opensChat: false,
    });
    expect(created.status).toBe(201);
    const scenario = await readJson<IncidentTemplate>(created);
    expect(scenario).toEqual({
      id: scenario.id,
      title: 'Overstroming',
      description: 'Dijkdoorbraak of extreme regenval.',
      alertText: 'Dreigende overstroming. Het beleidsteam komt bijeen.',
      teams: [policyTeam, operationalTeam].map((team) => ref(team as NamedRef)),
      initialTasks: [
        { title: 'Waterschap bellen', checklist: ['Peil bekend'] },
        { title: 'Zandzakken regelen', checklist: [] },
      ],
      location: ref(townHall as NamedRef),
      labels: ['Water', 'Evacuatie'],
      situationTemplate: ref(bob as NamedRef),
      opensChat: false,
    });
    expect(await readJson(await admin('GET', `/api/incident-templates/${scenario.id}`))).toEqual(scenario);
    // A member reads it too.
    expect(await readJson(await people.asMember('GET', `/api/incident-templates/${scenario.id}`))).toEqual(
      scenario,
    );

    const changed = await admin('PATCH', `/api/incident-templates/${scenario.id}`, {
      teamIds: [operationalTeam?.id],
      locationId: null,
      situationTemplateId: null,
      opensChat: true,
    });
    expect(changed.status).toBe(200);
    expect(await readJson<IncidentTemplate>(changed)).toMatchObject({
      title: 'Overstroming',
      teams: [ref(operationalTeam as NamedRef)],
      location: null,
      situationTemplate: null,
      opensChat: true,
      labels: ['Water', 'Evacuatie'],
    });

    expect((await admin('DELETE', `/api/incident-templates/${scenario.id}`)).status).toBe(204);
    expect((await admin('GET', `/api/incident-templates/${scenario.id}`)).status).toBe(404);
  });

  it('needs only a title; the chat opens by default', async () => {
    const created = await admin('POST', '/api/incident-templates', { title: 'Gaslek' });
    expect(await readJson<IncidentTemplate>(created)).toMatchObject({
      title: 'Gaslek',
      description: '',
      alertText: '',
      teams: [],
      initialTasks: [],
      location: null,
      labels: [],
      situationTemplate: null,
      opensChat: true,
    });
    const again = await admin('POST', '/api/incident-templates', { title: 'GASLEK' });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('incident_template_title_taken');
  });

  it('refuses teams, locations and situation templates of another organisation, naming the field', async () => {
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db);
    const foreign = await buildIncidentRoom(db, other.organisation.id, other.admin.id);
    const attempts: [Record<string, unknown>, string, string][] = [
      [{ teamIds: [demo.teams[0]?.id, foreign.teamId] }, 'team_unknown', 'teamIds.1'],
      [{ locationId: foreign.locationId }, 'location_unknown', 'locationId'],
      [
        { situationTemplateId: foreign.situationTemplateId },
        'situation_template_unknown',
        'situationTemplateId',
      ],
    ];
    for (const [fields, code, path] of attempts) {
      const response = await admin('POST', '/api/incident-templates', { title: `Lek ${code}`, ...fields });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect([error.code, error.fields?.[0]?.path]).toEqual([code, path]);
    }
    const english = await requestInEnglish(testApp, people.adminCookie, 'POST', '/api/incident-templates', {
      title: 'Lek',
      locationId: foreign.locationId,
    });
    expect((await errorOf(english)).fields?.[0]?.message).toBe(
      'This location does not exist (any more) in your organisation.',
    );
    const titles = (await readJson<IncidentTemplate[]>(await admin('GET', '/api/incident-templates'))).map(
      (scenario) => scenario.title,
    );
    expect(titles.filter((title) => title.startsWith('Lek'))).toEqual([]);
  });

  it('refuses an invalid scenario with Dutch field messages', async () => {
    const response = await admin('POST', '/api/incident-templates', {
      title: '',
      initialTasks: [{ title: 'Bellen', checklist: [''] }],
      teamIds: ['geen-id'],
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.fields?.map((field) => field.path).sort()).toEqual(
      ['initialTasks.0.checklist.0', 'teamIds.0', 'title'].sort(),
    );
    expect(error.fields?.find((field) => field.path === 'title')?.message).toBe('Vul dit veld in.');
  });

  it('keeps another organisation’s scenarios out of sight (404) and unchanged', async () => {
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db);
    const foreign = await buildIncidentRoom(db, other.organisation.id, other.admin.id);
    const path = `/api/incident-templates/${foreign.incidentTemplateId}`;
    expect((await admin('GET', path)).status).toBe(404);
    expect((await admin('PATCH', path, { title: 'Overgenomen' })).status).toBe(404);
    expect((await admin('DELETE', path)).status).toBe(404);
    const list = await readJson<IncidentTemplate[]>(await admin('GET', '/api/incident-templates'));
    expect(list.map((scenario) => scenario.id)).not.toContain(foreign.incidentTemplateId);
    const stored = await testApp.database.handle.executeSql(
      'select title from incident_templates where id = $1',
      [foreign.incidentTemplateId],
    );
    expect(stored.rows[0]?.title).not.toBe('Overgenomen');
  });
});
