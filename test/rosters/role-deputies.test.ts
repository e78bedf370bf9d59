import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableDeputies } from '../../server/modules/rosters/role-deputies.js';
import { demoPeople, type Role } from '../preparation/preparation-fixtures.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Deputy {
  userId: string;
  name: string;
  email: string;
  available: boolean;
}

const backends = await testBackends();

describe.each(backends)('role deputies [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let roleId: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
    const roles = await readJson<Role[]>(await people.asAdmin('GET', '/api/roles'));
    roleId = roles.find((role) => role.name === 'Voorzitter')?.id ?? '';
  });
  afterAll(() => testApp.close());

  const path = () => `/api/roles/${roleId}/deputies`;

  it('stores deputies in the order given and reads them back so, for everyone', async () => {
    expect(await readJson<Deputy[]>(await people.asMember('GET', path()))).toEqual([]);
    const { carla, anna, daan } = people.userIds;
    const saved = await people.asAdmin('PUT', path(), { userIds: [carla, anna, daan] });
    expect(saved.status).toBe(200);
    const names = ['Carla Bakker', 'Anna de Vries', 'Daan Visser'];
    expect((await readJson<Deputy[]>(saved)).map((deputy) => deputy.name)).toEqual(names);
    const read = await readJson<Deputy[]>(await people.asMember('GET', path()));
    expect(read.map((deputy) => [deputy.name, deputy.available])).toEqual(names.map((name) => [name, true]));

    const reordered = await people.asAdmin('PUT', path(), { userIds: [daan, carla] });
    expect((await readJson<Deputy[]>(reordered)).map((deputy) => deputy.userId)).toEqual([daan, carla]);
    const audit = await testApp.database.handle.executeSql(
      `select details from audit_log where action = 'role.deputies_changed' and target_id = $1 order by created_at, id`,
      [roleId],
    );
    expect(audit.rows.map((row) => (row.details as { userIds: string[] }).userIds)).toEqual([
      [carla, anna, daan],
      [daan, carla],
    ]);
  });

  it('gives alerting only the deputies who can be reached, in order', async () => {
    const { eva, bram, carla } = people.userIds;
    await people.asAdmin('PUT', path(), { userIds: [eva, bram, carla] });
    await testApp.database.handle.executeSql("update users set status = 'deactivated' where id = $1", [bram]);
    const deputies = await testApp.database.handle.db.transaction((tx) =>
      reachableDeputies(tx, people.organisationId, [roleId]),
    );
    expect(deputies.get(roleId)).toEqual([eva, carla]);
    const listed = await readJson<Deputy[]>(await people.asAdmin('GET', path()));
    expect(listed.map((deputy) => deputy.available)).toEqual([true, false, true]);
    // A deputy deactivated since may stay on the list; nobody deactivated is added anew.
    expect((await people.asAdmin('PUT', path(), { userIds: [bram, eva] })).status).toBe(200);
    await people.asAdmin('PUT', path(), { userIds: [eva] });
    const addInactive = await people.asAdmin('PUT', path(), { userIds: [eva, bram] });
    expect(addInactive.status).toBe(400);
    expect((await errorOf(addInactive)).fields).toEqual([
      {
        path: 'userIds.1',
        message:
          'Deze persoon is gedeactiveerd en kan geen plaatsvervanger worden. Activeer het account eerst.',
      },
    ]);
    await testApp.database.handle.executeSql("update users set status = 'active' where id = $1", [bram]);
  });

  it('refuses someone twice, unknown people, and members, without changing the list', async () => {
    const before = await readJson<Deputy[]>(await people.asAdmin('GET', path()));
    const twice = await people.asAdmin('PUT', path(), {
      userIds: [people.userIds.anna, people.userIds.anna],
    });
    expect(twice.status).toBe(400);
    expect((await errorOf(twice)).fields).toEqual([
      { path: 'userIds.1', message: 'Deze persoon staat al in de lijst.' },
    ]);
    const unknown = await people.asAdmin('PUT', path(), {
      userIds: ['00000000-0000-7000-8000-000000000000'],
    });
    expect((await errorOf(unknown)).fields?.[0]?.path).toBe('userIds.0');
    expect((await people.asMember('PUT', path(), { userIds: [] })).status).toBe(403);
    expect(await readJson<Deputy[]>(await people.asAdmin('GET', path()))).toEqual(before);
    expect(
      (await people.asAdmin('GET', '/api/roles/00000000-0000-7000-8000-000000000000/deputies')).status,
    ).toBe(404);
  });
});
