import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './database.js';

const MIGRATION_LOCK_KEY = 7301;

/** The generated SQL migrations; the same files serve PGlite and PostgreSQL. */
function migrationsFolder(): string {
  // Compiled code runs from dist/server/db, sources from server/db; both find the one folder.
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes('/dist/server/db')
    ? here.replace('/dist/server/db', '/server/db/migrations')
    : `${here}migrations`;
}

/** Applies every migration not yet applied; safe to run at each start and from several instances. */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, config);
  } else {
    // Two instances starting together must not both migrate: serialise on an advisory lock.
    await handle.withSessionLock(MIGRATION_LOCK_KEY, () =>
      migrateNodePostgres(handle.db as unknown as NodePgDatabase, config),
    );
  }
}
