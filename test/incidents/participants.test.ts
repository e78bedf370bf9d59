import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Participant {
  id: string;
  user: { id: string; name: string };
  jobTitle: string | null;
  teamId: string | null;
  teamName: string | null;
  roleId: string | null;
  roleName: string | null;
  presence: string;
  presenceChangedAt: string | null;
}

const backends = await testBackends();

describe.each(backends)('incident team and presence [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let people: Record<'anna' | 'bram' | 'carla' | 'daan', { id: string; cookie: string }>;
  let policyTeamId: string;

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
      daan: await person('notulist@voorbeeld.nl'),
    };
    const team = await testApp.database.handle.executeSql(
      `select id from teams where organisation_id = $1 and name = 'Gemeentelijk Beleidsteam'`,
      [organisationId],
    );
    policyTeamId = String(team.rows[0]?.id);
  });
  afterAll(() => testApp.close());

  const as = (who: keyof typeof people, method: string, path: string, body?: unknown) =>
    requestAs(testApp, people[who].cookie, method, path, body);
  const participantsOf = (incidentId: string) => `/api/incidents/${incidentId}/participants`;
  /** An incident only Carla works on, in the factory's team and role. */
  const newIncident = () => buildIncidentRoom(testApp.database.handle.db, organisationId, people.carla.id);

  async function lastEvent(incidentId: string) {
    const result = await testApp.database.handle.executeSql(
      'select type, payload from events where topic = $1 order by id desc limit 1',
      [`incident:${incidentId}`],
    );
    return result.rows[0];
  }

  it('lists who works on the incident with job title, team, role and presence', async () => {
    const room = await newIncident();
    const response = await as('carla', 'GET', participantsOf(room.incidentId));
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual([
      {
        id: room.participantId,
        user: { id: people.carla.id, name: 'Carla Bakker' },
        jobTitle: 'Communicatieadviseur',
        teamId: room.teamId,
        teamName: expect.stringMatching(/^Beleidsteam/),
        roleId: room.roleId,
        roleName: expect.stringMatching(/^Voorzitter/),
        presence: 'unknown',
        presenceChangedAt: null,
      },
    ]);
  });

  it('adds people directly or in a team, taking their team role, and lets them in', async () => {
    const room = await newIncident();
    const path = participantsOf(room.incidentId);
    expect((await as('bram', 'GET', path)).status).toBe(404);

    const direct = await as('carla', 'POST', path, { userId: people.bram.id });
    expect(direct.status).toBe(201);
    const bram = await readJson<Participant>(direct);
    expect(bram).toMatchObject({
      user: { id: people.bram.id, name: 'Bram Jansen' },
      jobTitle: 'Burgemeester',
      teamId: null,
      roleId: null,
      presence: 'unknown',
    });
    // Now Bram has a need to know.
    expect((await as('bram', 'GET', path)).status).toBe(200);

    const inTeam = await readJson<Participant>(
      await as('carla', 'POST', path, { userId: people.daan.id, teamId: policyTeamId }),
    );
    expect(inTeam).toMatchObject({ teamName: 'Gemeentelijk Beleidsteam', roleName: 'Notulist' });
    const withRole = await readJson<Participant>(
      await as('carla', 'POST', path, { userId: people.daan.id, roleId: room.roleId }),
    );
    expect(withRole).toMatchObject({ teamId: null, roleId: room.roleId });

    const event = await lastEvent(room.incidentId);
    const listed = await readJson<Participant[]>(await as('carla', 'GET', path));
    expect(event).toEqual({ type: 'participants.changed', payload: { participants: listed } });
    expect(listed.map((participant) => [participant.user.name, participant.teamName])).toEqual([
      ['Carla Bakker', expect.stringMatching(/^Beleidsteam/)],
      ['Daan Visser', 'Gemeentelijk Beleidsteam'],
      ['Bram Jansen', null],
      ['Daan Visser', null],
    ]);
  });

  it('refuses people, teams and roles outside the organisation, and doubles', async () => {
    const room = await newIncident();
    const path = participantsOf(room.incidentId);
    const other = await buildOrganisation(testApp.database.handle.db);
    const foreign = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    const deactivated = await buildUser(testApp.database.handle.db, organisationId, {
      status: 'deactivated',
    });
    for (const [body, code] of [
      [{ userId: other.admin.id }, 'participant_user_unknown'],
      [{ userId: deactivated.id }, 'participant_user_unknown'],
      [{ userId: people.bram.id, teamId: foreign.teamId }, 'participant_team_unknown'],
      [{ userId: people.bram.id, roleId: foreign.roleId }, 'participant_role_unknown'],
      [{ userId: 'bram' }, 'validation_failed'],
    ] as const) {
      const response = await as('carla', 'POST', path, body);
      expect([code, response.status]).toEqual([code, 400]);
      expect((await errorOf(response)).code).toBe(code);
    }
    const twice = await as('carla', 'POST', path, { userId: people.carla.id, teamId: room.teamId });
    expect(twice.status).toBe(409);
    expect(await errorOf(twice)).toMatchObject({
      code: 'participant_exists',
      message: expect.stringContaining('neemt al deel'),
    });
  });

  it('removes a participant, but never the last one', async () => {
    const room = await newIncident();
    const path = participantsOf(room.incidentId);
    const last = await as('carla', 'DELETE', `${path}/${room.participantId}`);
    expect(last.status).toBe(409);
    expect(await errorOf(last)).toMatchObject({
      code: 'participant_last',
      message: expect.stringContaining('laatste deelnemer'),
    });

    const bram = await readJson<Participant>(await as('carla', 'POST', path, { userId: people.bram.id }));
    expect((await as('carla', 'DELETE', `${path}/${bram.id}`)).status).toBe(204);
    expect((await as('bram', 'GET', path)).status).toBe(404);
    const event = await lastEvent(room.incidentId);
    expect(event?.payload).toEqual({ participants: [expect.objectContaining({ id: room.participantId })] });
    expect((await as('carla', 'DELETE', `${path}/${bram.id}`)).status).toBe(404);
    // A participant of another incident cannot be removed through this one.
    const elsewhere = await newIncident();
    expect((await as('carla', 'DELETE', `${path}/${elsewhere.participantId}`)).status).toBe(404);
  });

  it('lets a participant report their own presence, in every team they are in', async () => {
    const room = await newIncident();
    const path = participantsOf(room.incidentId);
    await as('carla', 'POST', path, { userId: people.carla.id, teamId: policyTeamId });
    await as('carla', 'POST', path, { userId: people.daan.id });

    const response = await as('carla', 'PUT', `/api/incidents/${room.incidentId}/presence`, {
      presence: 'on_the_way',
    });
    expect(response.status).toBe(200);
    const listed = await readJson<Participant[]>(response);
    const carla = listed.filter((participant) => participant.user.id === people.carla.id);
    expect(carla.map((participant) => participant.presence)).toEqual(['on_the_way', 'on_the_way']);
    expect(carla.every((participant) => participant.presenceChangedAt !== null)).toBe(true);
    expect(listed.find((participant) => participant.user.id === people.daan.id)).toMatchObject({
      presence: 'unknown',
      presenceChangedAt: null,
    });
    expect(await lastEvent(room.incidentId)).toEqual({
      type: 'participants.changed',
      payload: { participants: listed },
    });

    const invalid = await as('carla', 'PUT', `/api/incidents/${room.incidentId}/presence`, {
      presence: 'weg',
    });
    expect(invalid.status).toBe(400);
    // An admin who is not on the list has no presence to report; a member without need to know sees nothing.
    const admin = await as('anna', 'PUT', `/api/incidents/${room.incidentId}/presence`, {
      presence: 'present',
    });
    expect(admin.status).toBe(403);
    expect((await errorOf(admin)).code).toBe('presence_not_participant');
    const outsider = await as('bram', 'PUT', `/api/incidents/${room.incidentId}/presence`, {
      presence: 'present',
    });
    expect(outsider.status).toBe(404);
  });

  it('refuses changes once the incident is closed, in Dutch or English', async () => {
    const room = await newIncident();
    await testApp.database.handle.executeSql(`update incidents set status = 'closed' where id = $1`, [
      room.incidentId,
    ]);
    const added = await as('carla', 'POST', participantsOf(room.incidentId), { userId: people.bram.id });
    expect(added.status).toBe(409);
    expect(await errorOf(added)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('afgerond'),
    });
    const presence = await testApp.app.request(`/api/incidents/${room.incidentId}/presence`, {
      method: 'PUT',
      headers: {
        Cookie: people.carla.cookie,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({ presence: 'left' }),
    });
    expect(presence.status).toBe(409);
    expect((await errorOf(presence)).message).toContain('closed');
    expect((await as('carla', 'GET', participantsOf(room.incidentId))).status).toBe(200);
  });

  it('shows the team only to those with a need to know, and never across organisations', async () => {
    const room = await newIncident();
    const path = participantsOf(room.incidentId);
    expect((await as('bram', 'GET', path)).status).toBe(404);
    expect((await as('bram', 'POST', path, { userId: people.bram.id })).status).toBe(404);
    expect((await as('bram', 'DELETE', `${path}/${room.participantId}`)).status).toBe(404);
    expect((await as('anna', 'GET', path)).status).toBe(200);

    const other = await buildOrganisation(testApp.database.handle.db);
    const foreign = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    expect((await as('anna', 'GET', participantsOf(foreign.incidentId))).status).toBe(404);
    const remove = await as(
      'anna',
      'DELETE',
      `${participantsOf(foreign.incidentId)}/${foreign.participantId}`,
    );
    expect(remove.status).toBe(404);
    const presence = await as('anna', 'PUT', `/api/incidents/${foreign.incidentId}/presence`, {
      presence: 'present',
    });
    expect(presence.status).toBe(404);
  });
});
