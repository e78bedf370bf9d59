import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle, DatabaseKind } from '../../server/db/database.js';
import { runMigrations } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/open-pglite.js';
import { openPostgres } from '../../server/db/open-postgres.js';

/** The PostgreSQL server the suite also runs on; the local Debian server by default. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let postgresReachable: Promise<boolean> | undefined;

/** Whether the PostgreSQL half of the suite can run; in CI an unreachable server is an error. */
export function isPostgresReachable(): Promise<boolean> {
  postgresReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (error) {
      if (process.env.CI)
        throw new Error(`CI needs PostgreSQL at ${TEST_DATABASE_URL}: ${(error as Error).message}`);
      console.warn(`PostgreSQL not reachable at ${TEST_DATABASE_URL}: integration tests run on PGlite only.`);
      return false;
    }
  })();
  return postgresReachable;
}

/** The backends an integration test runs on: PGlite always, PostgreSQL when reachable. */
export async function testBackends(): Promise<DatabaseKind[]> {
  return (await isPostgresReachable()) ? ['pglite', 'postgres'] : ['pglite'];
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** For PostgreSQL, the URL of this test's own database (so a second server instance can share it). */
  url?: string;
  drop(): Promise<void>;
}

/** Creates an empty PostgreSQL database of its own for one test file; returns its URL and a drop function. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `baken_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabaseName(TEST_DATABASE_URL, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A migrated, empty database of the given kind: in-memory PGlite, or a fresh PostgreSQL database. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openPglite(undefined);
    await runMigrations(handle);
    return { handle, drop: () => handle.close() };
  }
  const database = await createPostgresDatabase();
  const handle = await openPostgres(database.url);
  await runMigrations(handle);
  return {
    handle,
    url: database.url,
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}
