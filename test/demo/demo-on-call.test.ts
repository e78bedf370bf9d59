import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleDeputies } from '../../server/db/schema/alerts.js';
import { roles } from '../../server/db/schema/teams.js';
import { users } from '../../server/db/schema/users.js';
import { seedDemo } from '../../server/modules/demo/seed-demo.js';
import { onCallNow } from '../../server/modules/rosters/resolve-on-call.js';
import { createTestDatabase, type TestDatabase, testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const WEEK = 7 * 24 * 60 * 60 * 1000;
const backends = await testBackends();

describe.each(backends)('the demo organisation on call [%s]', (kind) => {
  let database: TestDatabase;
  let organisationId: string;
  let roleIdOf: (name: string) => string;
  let nameOf: (userId: string | undefined) => string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemo(database.handle.db, DEMO_PASSWORD);
    const people = await database.handle.db.select().from(users);
    const roleRows = await database.handle.db.select().from(roles);
    organisationId = roleRows[0]?.organisationId ?? '';
    roleIdOf = (name) => roleRows.find((role) => role.name === name)?.id ?? '';
    nameOf = (userId) => people.find((person) => person.id === userId)?.name;
  });
  afterAll(() => database?.drop());

  const onCallAt = (role: string, at: Date) =>
    database.handle.db.transaction(async (tx) =>
      nameOf((await onCallNow(tx, organisationId, [roleIdOf(role)], at)).get(roleIdOf(role))),
    );

  it('has someone on call for advice and communication today, taking weekly turns', async () => {
    const monday = new Date('2026-11-30T08:00:00Z');
    expect(await onCallAt('Adviseur', new Date(monday.getTime() + 1))).toBeDefined();
    const turns = await Promise.all(
      [0, 1, 2].map((week) => onCallAt('Adviseur', new Date(monday.getTime() + week * WEEK + 1))),
    );
    expect(new Set(turns)).toEqual(new Set(['Anna de Vries', 'Daan Visser']));
    expect(turns[0]).toBe(turns[2]);
    expect(turns[0]).not.toBe(turns[1]);
    expect(['Carla Bakker', 'Anna de Vries']).toContain(await onCallAt('Communicatie', monday));
  });

  it('names deputies for the chair and the minute-taker, in order', async () => {
    const rows = await database.handle.db
      .select()
      .from(roleDeputies)
      .where(eq(roleDeputies.roleId, roleIdOf('Notulist')));
    expect(rows.sort((a, b) => a.position - b.position).map((row) => nameOf(row.userId))).toEqual([
      'Eva Smit',
      'Carla Bakker',
    ]);
    const chair = await database.handle.db
      .select()
      .from(roleDeputies)
      .where(eq(roleDeputies.roleId, roleIdOf('Voorzitter')));
    expect(chair.map((row) => nameOf(row.userId))).toEqual(['Anna de Vries']);
  });
});
