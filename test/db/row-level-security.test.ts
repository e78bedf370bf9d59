import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { users } from '../../server/db/schema/users.js';
import { inTenant } from '../../server/db/tenant-transaction.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { createTestDatabase, type TestDatabase, testBackends } from '../support/test-database.js';

const backends = await testBackends();

// @promise P12
describe.each(backends)('row-level security [%s]', (kind) => {
  let database: TestDatabase;
  let organisationA: Awaited<ReturnType<typeof buildOrganisation>>;
  let organisationB: Awaited<ReturnType<typeof buildOrganisation>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    organisationA = await buildOrganisation(database.handle.db, 'Gemeente A');
    organisationB = await buildOrganisation(database.handle.db, 'Gemeente B');
    await buildUser(database.handle.db, organisationB.organisation.id);
  });
  afterAll(() => database.drop());

  it('a raw query without an organisation filter sees only the tenant’s rows', async () => {
    const rows = await inTenant(database.handle.db, organisationA.organisation.id, async (tx) => {
      const result = await tx.execute(sql`select organisation_id from users`);
      return (result as unknown as { rows: { organisation_id: string }[] }).rows;
    });
    expect(rows.length).toBe(1);
    expect(rows.every((row) => row.organisation_id === organisationA.organisation.id)).toBe(true);
    const everything = await database.handle.executeSql('select count(*)::int as count from users');
    expect(everything.rows[0]?.count).toBe(3);
  });

  it('refuses to write a row of another organisation, and nothing is written', async () => {
    const attempt = inTenant(database.handle.db, organisationA.organisation.id, (tx) =>
      tx.insert(users).values({
        id: uuidv7(),
        organisationId: organisationB.organisation.id,
        name: 'Indringer',
        email: 'indringer@voorbeeld.nl',
      }),
    );
    // Drizzle wraps the database error; the database's own reason is the cause.
    await expect(attempt).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/row-level security/) },
    });
    const found = await database.handle.executeSql(
      "select 1 from users where email = 'indringer@voorbeeld.nl'",
    );
    expect(found.rows).toEqual([]);
  });

  it('cannot see another organisation by id', async () => {
    const rows = await inTenant(database.handle.db, organisationA.organisation.id, async (tx) => {
      const result = await tx.execute(
        sql`select id from organisations where id = ${organisationB.organisation.id}`,
      );
      return (result as unknown as { rows: unknown[] }).rows;
    });
    expect(rows).toEqual([]);
  });
});
