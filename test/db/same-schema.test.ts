import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, isPostgresReachable, type TestDatabase } from '../support/test-database.js';

// What "the same schema" means: tables, columns with types/nullability/defaults, indexes,
// constraints and triggers of the public schema. Identity sequences are compared by column.
const SCHEMA_QUERIES = {
  columns: `select table_name, column_name, data_type, is_nullable, column_default, is_identity
            from information_schema.columns where table_schema = 'public' order by 1, 2`,
  indexes: `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`,
  // PostgreSQL 18 (PGlite) also lists NOT NULL as constraints (contype 'n'); columns already compare nullability.
  constraints: `select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as definition
                from pg_constraint where connamespace = 'public'::regnamespace and contype <> 'n' order by 1, 2`,
  triggers: `select event_object_table, trigger_name, action_timing, event_manipulation, action_statement
             from information_schema.triggers where trigger_schema = 'public' order by 1, 2, 4`,
};

async function describeSchema(database: TestDatabase) {
  const result: Record<string, unknown[]> = {};
  for (const [name, query] of Object.entries(SCHEMA_QUERIES)) {
    result[name] = (await database.handle.executeSql(query)).rows;
  }
  return result;
}

const postgres = await isPostgresReachable();

describe.runIf(postgres)('migrations [pglite and postgres]', () => {
  let pglite: TestDatabase;
  let server: TestDatabase;
  beforeAll(async () => {
    [pglite, server] = await Promise.all([createTestDatabase('pglite'), createTestDatabase('postgres')]);
  });
  afterAll(async () => {
    await pglite?.drop();
    await server?.drop();
  });

  it('give the same schema on PGlite and on PostgreSQL', async () => {
    const [embedded, real] = await Promise.all([describeSchema(pglite), describeSchema(server)]);
    expect(embedded.columns?.length).toBeGreaterThan(20);
    expect(embedded).toEqual(real);
  });
});

describe('migrations [pglite]', () => {
  it('apply again without error on an up-to-date database', async () => {
    const database = await createTestDatabase('pglite');
    const { runMigrations } = await import('../../server/db/migrate.js');
    await expect(runMigrations(database.handle)).resolves.toBeUndefined();
    await database.drop();
  });
});
