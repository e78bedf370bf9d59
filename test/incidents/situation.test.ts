import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Version {
  version: number;
  sections: { key: string; title: string; content: string }[];
  author: { id: string; name: string } | null;
  createdAt: string;
}

interface Situation {
  current: Version;
  versions: { version: number; author: { id: string; name: string } | null; createdAt: string }[];
}

/** Section contents by key, to compare pictures at a glance. */
const contents = (version: Version) =>
  Object.fromEntries(version.sections.map((section) => [section.key, section.content]));

const backends = await testBackends();

describe.each(backends)('situation picture [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let people: Record<'anna' | 'bram' | 'carla' | 'daan', { id: string; cookie: string }>;

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
  });
  afterAll(() => testApp.close());

  const as = (who: keyof typeof people, method: string, path: string, body?: unknown) =>
    requestAs(testApp, people[who].cookie, method, path, body);
  const situationOf = (incidentId: string) => `/api/incidents/${incidentId}/situation`;

  /** An incident Carla and Daan work on, with version 1 of the picture ("…: nog onbekend"). */
  async function newIncident() {
    const room = await buildIncidentRoom(testApp.database.handle.db, organisationId, people.carla.id);
    await testApp.database.handle.executeSql(
      `insert into incident_participants (id, organisation_id, incident_id, user_id)
       values ($1, $2, $3, $4)`,
      [uuidv7(), organisationId, room.incidentId, people.daan.id],
    );
    return room;
  }

  async function save(who: keyof typeof people, incidentId: string, body: unknown) {
    return as(who, 'POST', situationOf(incidentId), body);
  }

  it('shows the current picture and its versions, and keeps every version readable', async () => {
    const { incidentId } = await newIncident();
    const first = await readJson<Situation>(await as('carla', 'GET', situationOf(incidentId)));
    expect(first.current.version).toBe(1);
    expect(first.current.sections.map((section) => section.title)).toEqual([
      'Beeldvorming',
      'Oordeelsvorming',
      'Besluitvorming',
    ]);

    const saved = await save('carla', incidentId, {
      baseVersion: 1,
      sections: [{ key: 'beeldvorming', content: 'Brand op de tweede verdieping, 40 mensen ontruimd.' }],
    });
    expect(saved.status).toBe(201);
    const second = await readJson<Version>(saved);
    expect(second).toMatchObject({ version: 2, author: { id: people.carla.id, name: 'Carla Bakker' } });
    expect(contents(second)).toEqual({
      beeldvorming: 'Brand op de tweede verdieping, 40 mensen ontruimd.',
      oordeelsvorming: 'Oordeelsvorming: nog onbekend',
      besluitvorming: 'Besluitvorming: nog onbekend',
    });
    const event = await testApp.database.handle.executeSql(
      'select type, payload from events where topic = $1 order by id desc limit 1',
      [`incident:${incidentId}`],
    );
    expect(event.rows[0]).toEqual({ type: 'situation.saved', payload: { version: second } });

    const now = await readJson<Situation>(await as('carla', 'GET', situationOf(incidentId)));
    expect(now.current).toEqual(second);
    expect(now.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(now.versions[0]?.author).toEqual({ id: people.carla.id, name: 'Carla Bakker' });

    // The picture as it stood at version 1, unchanged by the later save.
    const older = await as('carla', 'GET', `${situationOf(incidentId)}/versions/1`);
    expect(older.status).toBe(200);
    expect(contents(await readJson<Version>(older))).toEqual(contents(first.current));
    expect((await as('carla', 'GET', `${situationOf(incidentId)}/versions/3`)).status).toBe(404);
    expect((await as('carla', 'GET', `${situationOf(incidentId)}/versions/nul`)).status).toBe(400);
  });

  it('merges edits of different sections made at the same time', async () => {
    const { incidentId } = await newIncident();
    const base = await readJson<Situation>(await as('carla', 'GET', situationOf(incidentId)));
    const sent = (changes: Record<string, string>) =>
      base.current.sections.map(({ key, content }) => ({ key, content: changes[key] ?? content }));

    // Both started from version 1; Carla saves first.
    const carla = await save('carla', incidentId, {
      baseVersion: 1,
      sections: sent({ beeldvorming: 'Rook in de raadszaal' }),
    });
    expect(carla.status).toBe(201);
    // Daan sends his whole form, including the old beeldvorming he did not touch.
    const daan = await save('daan', incidentId, {
      baseVersion: 1,
      sections: sent({ besluitvorming: 'Gemeentehuis blijft dicht tot morgen' }),
    });
    expect(daan.status).toBe(201);
    const merged = await readJson<Version>(daan);
    expect(merged.version).toBe(3);
    expect(contents(merged)).toEqual({
      beeldvorming: 'Rook in de raadszaal',
      oordeelsvorming: 'Oordeelsvorming: nog onbekend',
      besluitvorming: 'Gemeentehuis blijft dicht tot morgen',
    });
  });

  it('numbers saves that arrive together one after the other, losing neither', async () => {
    const { incidentId } = await newIncident();
    const answers = await Promise.all([
      save('carla', incidentId, {
        baseVersion: 1,
        sections: [{ key: 'beeldvorming', content: 'Van Carla' }],
      }),
      save('daan', incidentId, {
        baseVersion: 1,
        sections: [{ key: 'besluitvorming', content: 'Van Daan' }],
      }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const versions = await Promise.all(answers.map((answer) => readJson<Version>(answer)));
    expect(versions.map((version) => version.version).sort()).toEqual([2, 3]);
    const now = await readJson<Situation>(await as('carla', 'GET', situationOf(incidentId)));
    expect(now.current.version).toBe(3);
    expect(contents(now.current)).toMatchObject({ beeldvorming: 'Van Carla', besluitvorming: 'Van Daan' });
  });

  it('refuses an edit of a section someone else changed meanwhile (409), in Dutch or English', async () => {
    const { incidentId } = await newIncident();
    await save('carla', incidentId, {
      baseVersion: 1,
      sections: [{ key: 'oordeelsvorming', content: 'Ernstig' }],
    });
    const clash = await save('daan', incidentId, {
      baseVersion: 1,
      sections: [
        { key: 'oordeelsvorming', content: 'Beheersbaar' },
        { key: 'besluitvorming', content: 'Niets' },
      ],
    });
    expect(clash.status).toBe(409);
    const error = (await readJson<{ error: Record<string, unknown> }>(clash)).error;
    expect(error).toMatchObject({
      code: 'situation_conflict',
      currentVersion: 2,
      sections: ['oordeelsvorming'],
      message: expect.stringContaining('situatiebeeld'),
    });
    // Nothing of the refused edit was saved.
    const now = await readJson<Situation>(await as('daan', 'GET', situationOf(incidentId)));
    expect(now.current.version).toBe(2);
    expect(contents(now.current).besluitvorming).toBe('Besluitvorming: nog onbekend');

    const english = await testApp.app.request(situationOf(incidentId), {
      method: 'POST',
      headers: {
        Cookie: people.daan.cookie,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({
        baseVersion: 1,
        sections: [{ key: 'oordeelsvorming', content: 'Beheersbaar' }],
      }),
    });
    expect(english.status).toBe(409);
    expect((await errorOf(english)).message).toContain('situation picture');

    // The same change by both is no conflict; redone on the current version it saves.
    const same = await save('daan', incidentId, {
      baseVersion: 1,
      sections: [{ key: 'oordeelsvorming', content: 'Ernstig' }],
    });
    expect(same.status).toBe(201);
    const redone = await save('daan', incidentId, {
      baseVersion: 3,
      sections: [{ key: 'oordeelsvorming', content: 'Beheersbaar' }],
    });
    expect(contents(await readJson<Version>(redone)).oordeelsvorming).toBe('Beheersbaar');
  });

  it('refuses unknown sections, oversize content and a version that does not exist', async () => {
    const { incidentId } = await newIncident();
    const unknown = await save('carla', incidentId, {
      baseVersion: 1,
      sections: [{ key: 'weerbericht', content: 'Zonnig' }],
    });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).code).toBe('situation_section_unknown');
    const future = await save('carla', incidentId, {
      baseVersion: 7,
      sections: [{ key: 'beeldvorming', content: 'x' }],
    });
    expect(future.status).toBe(400);
    expect((await errorOf(future)).code).toBe('situation_base_version_unknown');
    for (const sections of [
      [{ key: 'beeldvorming', content: 'x'.repeat(20_001) }],
      [
        { key: 'beeldvorming', content: 'a' },
        { key: 'beeldvorming', content: 'b' },
      ],
    ]) {
      const response = await save('carla', incidentId, { baseVersion: 1, sections });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
    const longest = await save('carla', incidentId, {
      baseVersion: 1,
      sections: [{ key: 'beeldvorming', content: 'x'.repeat(20_000) }],
    });
    expect(longest.status).toBe(201);
  });

  it('gives an incident without sections the Beeldvorming/Oordeelsvorming/Besluitvorming picture', async () => {
    const { incidentId } = await newIncident();
    await testApp.database.handle.executeSql(
      `update incidents set situation_sections = '[]'::jsonb where id = $1`,
      [incidentId],
    );
    await testApp.database.handle.executeSql('delete from situation_versions where incident_id = $1', [
      incidentId,
    ]);
    const empty = await readJson<Situation>(await as('carla', 'GET', situationOf(incidentId)));
    expect(empty.versions).toEqual([]);
    expect(empty.current).toMatchObject({ version: 0, author: null });
    expect(empty.current.sections).toEqual([
      { key: 'beeldvorming', title: 'Beeldvorming', content: '' },
      { key: 'oordeelsvorming', title: 'Oordeelsvorming', content: '' },
      { key: 'besluitvorming', title: 'Besluitvorming', content: '' },
    ]);
    const first = await save('carla', incidentId, {
      baseVersion: 0,
      sections: [{ key: 'besluitvorming', content: 'Opvang in sporthal' }],
    });
    expect(first.status).toBe(201);
    expect(await readJson<Version>(first)).toMatchObject({
      version: 1,
      sections: [
        { key: 'beeldvorming', title: 'Beeldvorming', content: '' },
        { key: 'oordeelsvorming', title: 'Oordeelsvorming', content: '' },
        { key: 'besluitvorming', title: 'Besluitvorming', content: 'Opvang in sporthal' },
      ],
    });
  });

  it('refuses saves once the incident is closed, and keeps the picture readable', async () => {
    const { incidentId } = await newIncident();
    await testApp.database.handle.executeSql(`update incidents set status = 'closed' where id = $1`, [
      incidentId,
    ]);
    const refused = await save('carla', incidentId, { baseVersion: 1, sections: [] });
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('afgerond'),
    });
    const english = await testApp.app.request(situationOf(incidentId), {
      method: 'POST',
      headers: {
        Cookie: people.carla.cookie,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({ baseVersion: 1, sections: [] }),
    });
    expect((await errorOf(english)).message).toContain('closed');
    expect((await as('carla', 'GET', situationOf(incidentId))).status).toBe(200);
  });

  it('shows the picture only to those with a need to know, and never across organisations', async () => {
    const { incidentId } = await newIncident();
    expect((await as('bram', 'GET', situationOf(incidentId))).status).toBe(404);
    expect((await as('bram', 'GET', `${situationOf(incidentId)}/versions/1`)).status).toBe(404);
    expect((await save('bram', incidentId, { baseVersion: 1, sections: [] })).status).toBe(404);
    expect((await as('anna', 'GET', situationOf(incidentId))).status).toBe(200);

    const other = await buildOrganisation(testApp.database.handle.db);
    const foreign = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    expect((await as('anna', 'GET', situationOf(foreign.incidentId))).status).toBe(404);
    expect((await as('anna', 'GET', `${situationOf(foreign.incidentId)}/versions/1`)).status).toBe(404);
    const write = await save('anna', foreign.incidentId, {
      baseVersion: 1,
      sections: [{ key: 'beeldvorming', content: 'x' }],
    });
    expect(write.status).toBe(404);
  });
});
