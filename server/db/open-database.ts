import type { Config } from '../config/config.js';
import type { DatabaseHandle } from './database.js';
import { runMigrations } from './migrate.js';
import { markDataDirInitialised, openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

export interface OpenedDatabase {
  handle: DatabaseHandle;
  /** True when this start created the embedded database (demo data is seeded then). */
  firstStart: boolean;
}

/** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in DATA_DIR; migrations applied. */
export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>,
): Promise<OpenedDatabase> {
  if (config.DATABASE_URL) {
    const handle = await openPostgres(config.DATABASE_URL);
    await runMigrations(handle);
    return { handle, firstStart: false };
  }
  const handle = await openPglite(config.DATA_DIR);
  try {
    await runMigrations(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { handle, firstStart: handle.firstStart };
}

export { markDataDirInitialised };
