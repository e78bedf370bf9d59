import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import {
  demoPeople,
  type IncidentTemplate,
  type NamedRef,
  type Role,
  type Team,
} from './preparation-fixtures.js';

interface TeamTemplate {
  id: string;
  name: string;
  description: string;
  roles: NamedRef[];
}

const backends = await testBackends();

describe.each(backends)('roles, teams and team templates [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
  });
  afterAll(() => testApp.close());

  const admin = (method: string, path: string, body?: unknown) => people.asAdmin(method, path, body);

  async function roles() {
    return readJson<Role[]>(await admin('GET', '/api/roles'));
  }

  async function createRole(name: string, extra: Partial<Role> = {}) {
    const response = await admin('POST', '/api/roles', { name, ...extra });
    expect(response.status).toBe(201);
    return readJson<Role>(response);
  }

  async function createTeam(name: string) {
    const response = await admin('POST', '/api/teams', { name });
    expect(response.status).toBe(201);
    return readJson<Team>(response);
  }

  it('lists the demo roles by name, with how many memberships hold each, and one default', async () => {
    const list = await roles();
    expect(list.map((role) => role.name)).toEqual([
      'Adviseur',
      'Communicatie',
      'Facilitair',
      'Informatiemanager',
      'Lid',
      'Notulist',
      'Voorzitter',
    ]);
    expect(list.filter((role) => role.isDefault).map((role) => role.name)).toEqual(['Lid']);
    expect(list.find((role) => role.name === 'Voorzitter')?.memberCount).toBe(2);
  });

  it('creates, renames and deletes a role', async () => {
    const role = await createRole('Woordvoerder', { description: 'Staat de pers te woord.' });
    expect(role).toMatchObject({
      name: 'Woordvoerder',
      description: 'Staat de pers te woord.',
      isDefault: false,
    });
    expect(role.memberCount).toBe(0);

    const renamed = await admin('PATCH', `/api/roles/${role.id}`, { name: 'Persvoorlichter' });
    expect(renamed.status).toBe(200);
    expect(await readJson<Role>(renamed)).toMatchObject({ id: role.id, name: 'Persvoorlichter' });

    expect((await admin('DELETE', `/api/roles/${role.id}`)).status).toBe(204);
    expect((await roles()).map((listed) => listed.id)).not.toContain(role.id);
    expect((await admin('DELETE', `/api/roles/${role.id}`)).status).toBe(404);
  });

  it('keeps exactly one default role: marking another unmarks the previous one', async () => {
    const before = (await roles()).find((role) => role.isDefault);
    const role = await createRole('Reservist');
    const marked = await admin('PATCH', `/api/roles/${role.id}`, { isDefault: true });
    expect((await readJson<Role>(marked)).isDefault).toBe(true);
    expect((await roles()).filter((listed) => listed.isDefault).map((listed) => listed.id)).toEqual([
      role.id,
    ]);

    // The default can only move, not disappear.
    const unmark = await admin('PATCH', `/api/roles/${role.id}`, { isDefault: false });
    expect(unmark.status).toBe(409);
    expect((await errorOf(unmark)).code).toBe('role_default_required');
    const removeDefault = await admin('DELETE', `/api/roles/${role.id}`);
    expect(removeDefault.status).toBe(409);
    expect((await errorOf(removeDefault)).message).toContain('standaardrol');

    // A new role can take over as default straight away.
    const created = await createRole('Aanspreekpunt', { isDefault: true });
    expect(created.isDefault).toBe(true);
    expect((await roles()).filter((listed) => listed.isDefault).map((listed) => listed.id)).toEqual([
      created.id,
    ]);
    await admin('PATCH', `/api/roles/${before?.id}`, { isDefault: true });
  });

  it('refuses to delete a role team members hold, with a clear message', async () => {
    const voorzitter = (await roles()).find((role) => role.name === 'Voorzitter');
    const response = await admin('DELETE', `/api/roles/${voorzitter?.id}`);
    expect(response.status).toBe(409);
    const error = await errorOf(response);
    expect(error.code).toBe('role_in_use');
    expect(error.message).toContain('Geef hen eerst een andere rol');
    expect((await roles()).map((role) => role.id)).toContain(voorzitter?.id);
  });

  it('refuses a second role or team with the same name, whatever the case', async () => {
    const role = await admin('POST', '/api/roles', { name: 'voorzitter' });
    expect(role.status).toBe(409);
    expect((await errorOf(role)).code).toBe('role_name_taken');
    const team = await admin('POST', '/api/teams', { name: 'gemeentelijk beleidsteam' });
    expect(team.status).toBe(409);
    expect((await errorOf(team)).message).toBe('Er is al een team met deze naam. Kies een andere naam.');
    // Renaming a role to its own name in other letters is no clash.
    const notulist = (await roles()).find((listed) => listed.name === 'Notulist');
    const same = await admin('PATCH', `/api/roles/${notulist?.id}`, { name: 'NOTULIST' });
    expect(same.status).toBe(200);
    await admin('PATCH', `/api/roles/${notulist?.id}`, { name: 'Notulist' });
  });

  it('lists the demo teams with their members and roles', async () => {
    const teams = await readJson<Team[]>(await admin('GET', '/api/teams'));
    expect(teams.map((team) => team.name)).toEqual(['Gemeentelijk Beleidsteam', 'Operationeel Team']);
    const policyTeam = teams[0];
    expect(policyTeam?.members.map((member) => [member.name, member.roleName])).toEqual([
      ['Anna de Vries', 'Adviseur'],
      ['Bram Jansen', 'Voorzitter'],
      ['Carla Bakker', 'Communicatie'],
      ['Daan Visser', 'Notulist'],
    ]);
    expect(policyTeam?.members[0]?.email).toBe('beheerder@voorbeeld.nl');
    const one = await admin('GET', `/api/teams/${policyTeam?.id}`);
    expect(await readJson(one)).toEqual(policyTeam);
  });

  it('replaces a team’s members; someone without a role gets the default role', async () => {
    const team = await createTeam('Actiecentrum Communicatie');
    const list = await roles();
    const spokesperson = list.find((role) => role.name === 'Communicatie');
    const defaultRole = list.find((role) => role.isDefault);
    const first = await admin('PUT', `/api/teams/${team.id}/members`, {
      members: [{ userId: people.userIds.carla, roleId: spokesperson?.id }, { userId: people.userIds.eva }],
    });
    expect(first.status).toBe(200);
    expect((await readJson<Team>(first)).members.map((member) => [member.name, member.roleName])).toEqual([
      ['Carla Bakker', 'Communicatie'],
      ['Eva Smit', defaultRole?.name],
    ]);

    const second = await admin('PUT', `/api/teams/${team.id}/members`, {
      members: [{ userId: people.userIds.daan }],
    });
    expect((await readJson<Team>(second)).members.map((member) => member.name)).toEqual(['Daan Visser']);
    const stored = await readJson<Team>(await admin('GET', `/api/teams/${team.id}`));
    expect(stored.members.map((member) => member.userId)).toEqual([people.userIds.daan]);

    const emptied = await admin('PUT', `/api/teams/${team.id}/members`, { members: [] });
    expect((await readJson<Team>(emptied)).members).toEqual([]);
  });

  it('refuses members and roles that are not the organisation’s, naming the field', async () => {
    const team = await createTeam('Team Nazorg');
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db);
    const foreign = await buildIncidentRoom(db, other.organisation.id, other.admin.id);
    const attempts = [
      { members: [{ userId: people.userIds.anna }, { userId: other.admin.id }], code: 'team_member_unknown' },
      { members: [{ userId: people.userIds.anna, roleId: foreign.roleId }], code: 'role_unknown' },
    ];
    for (const attempt of attempts) {
      const response = await admin('PUT', `/api/teams/${team.id}/members`, { members: attempt.members });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe(attempt.code);
      expect(error.fields?.[0]?.path).toBe(
        attempt.code === 'role_unknown' ? 'members.0.roleId' : 'members.1.userId',
      );
    }
    const duplicate = await admin('PUT', `/api/teams/${team.id}/members`, {
      members: [{ userId: people.userIds.anna }, { userId: people.userIds.anna }],
    });
    expect(duplicate.status).toBe(400);
    expect((await errorOf(duplicate)).fields).toEqual([
      { path: 'members.1.userId', message: 'Iedere persoon kan maar één keer in een team staan.' },
    ]);
    expect((await readJson<Team>(await admin('GET', `/api/teams/${team.id}`))).members).toEqual([]);
  });

  it('adds active and invited people, but not deactivated or cancelled ones', async () => {
    const db = testApp.database.handle.db;
    const invited = await buildUser(db, people.organisationId, { status: 'invited', name: 'Ilse Invité' });
    const deactivated = await buildUser(db, people.organisationId, { status: 'deactivated' });
    const cancelled = await buildUser(db, people.organisationId, { status: 'cancelled' });
    const team = await createTeam('Team Opvang');
    const ok = await admin('PUT', `/api/teams/${team.id}/members`, { members: [{ userId: invited.id }] });
    expect((await readJson<Team>(ok)).members.map((member) => member.name)).toEqual(['Ilse Invité']);
    const inactive = await admin('PUT', `/api/teams/${team.id}/members`, {
      members: [{ userId: deactivated.id }],
    });
    expect(inactive.status).toBe(400);
    expect((await errorOf(inactive)).code).toBe('team_member_inactive');
    const gone = await admin('PUT', `/api/teams/${team.id}/members`, { members: [{ userId: cancelled.id }] });
    expect((await errorOf(gone)).code).toBe('team_member_unknown');
  });

  it('creates a team from a team template and renames it', async () => {
    const templates = await readJson<TeamTemplate[]>(await admin('GET', '/api/team-templates'));
    const policy = templates.find((template) => template.name === 'Beleidsteam');
    expect(policy?.roles.map((role) => role.name)).toEqual([
      'Voorzitter',
      'Adviseur',
      'Communicatie',
      'Notulist',
    ]);
    const created = await admin('POST', '/api/teams', { templateId: policy?.id });
    expect(created.status).toBe(201);
    const team = await readJson<Team>(created);
    expect(team).toMatchObject({ name: 'Beleidsteam', description: policy?.description, members: [] });
    const renamed = await admin('PATCH', `/api/teams/${team.id}`, { name: 'Beleidsteam Noord' });
    expect((await readJson<Team>(renamed)).name).toBe('Beleidsteam Noord');

    const unknown = await admin('POST', '/api/teams', { templateId: '00000000-0000-7000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).code).toBe('team_template_unknown');
    const nothing = await admin('POST', '/api/teams', {});
    expect(nothing.status).toBe(400);
    expect((await errorOf(nothing)).fields?.[0]?.message).toBe(
      'Geef het team een naam, of kies een teamsjabloon.',
    );
  });

  it('deletes a team: its scenarios stop alerting it', async () => {
    const team = await createTeam('Team Tijdelijk');
    const scenario = await admin('POST', '/api/incident-templates', {
      title: 'Wateroverlast',
      teamIds: [team.id],
    });
    const { id } = await readJson<IncidentTemplate>(scenario);
    expect((await admin('DELETE', `/api/teams/${team.id}`)).status).toBe(204);
    expect((await admin('GET', `/api/teams/${team.id}`)).status).toBe(404);
    const after = await readJson<IncidentTemplate>(await admin('GET', `/api/incident-templates/${id}`));
    expect(after.teams).toEqual([]);
    const stored = await testApp.database.handle.executeSql(
      'select team_ids from incident_templates where id = $1',
      [id],
    );
    expect(stored.rows[0]?.team_ids).toEqual([]);
  });

  it('manages team templates with roles of the organisation only', async () => {
    const list = await roles();
    const [first, second] = [list[0], list[1]];
    const created = await admin('POST', '/api/team-templates', {
      name: 'Actiecentrum',
      description: 'Uitvoerend team',
      roleIds: [second?.id, first?.id, second?.id],
    });
    expect(created.status).toBe(201);
    const template = await readJson<TeamTemplate>(created);
    expect(template.roles).toEqual([
      { id: second?.id, name: second?.name },
      { id: first?.id, name: first?.name },
    ]);
    const changed = await admin('PATCH', `/api/team-templates/${template.id}`, { roleIds: [first?.id] });
    expect((await readJson<TeamTemplate>(changed)).roles.map((role) => role.id)).toEqual([first?.id]);

    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db);
    const foreign = await buildIncidentRoom(db, other.organisation.id, other.admin.id);
    const refused = await admin('PATCH', `/api/team-templates/${template.id}`, {
      roleIds: [first?.id, foreign.roleId],
    });
    expect(refused.status).toBe(400);
    const error = await errorOf(refused);
    expect(error.code).toBe('role_unknown');
    expect(error.fields).toEqual([
      { path: 'roleIds.1', message: 'Deze rol bestaat niet (meer) in uw organisatie.' },
    ]);

    // Deleting a role takes it out of the templates that listed it.
    const extra = await createRole('Verbindingsofficier');
    await admin('PATCH', `/api/team-templates/${template.id}`, { roleIds: [extra.id, first?.id] });
    expect((await admin('DELETE', `/api/roles/${extra.id}`)).status).toBe(204);
    const after = await readJson<TeamTemplate[]>(await admin('GET', '/api/team-templates'));
    expect(after.find((listed) => listed.id === template.id)?.roles.map((role) => role.id)).toEqual([
      first?.id,
    ]);

    expect((await admin('DELETE', `/api/team-templates/${template.id}`)).status).toBe(204);
    const gone = await readJson<TeamTemplate[]>(await admin('GET', '/api/team-templates'));
    expect(gone.map((listed) => listed.id)).not.toContain(template.id);
  });
});
