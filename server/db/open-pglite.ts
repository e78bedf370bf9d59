import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, DatabaseHandle } from './database.js';
import * as schema from './schema/index.js';

export class DataDirBrokenError extends Error {}

const INITIALISED_MARKER = 'initialised';

/** Where PGlite keeps its files inside DATA_DIR; the lock and marker sit beside it. */
export function pgliteFolder(dataDir: string): string {
  return join(dataDir, 'pgdata');
}

/** Marks the folder as completely set up; called after migrations succeed on the first start. */
export function markDataDirInitialised(dataDir: string): void {
  writeFileSync(join(dataDir, INITIALISED_MARKER), new Date().toISOString());
}

function brokenFolderMessage(dataDir: string, reason: string): string {
  return (
    `The data folder ${dataDir} is incomplete or damaged (${reason}). ` +
    'This happens when a first start is interrupted. If it holds nothing you need, remove it ' +
    `(rm -rf ${dataDir}) and start again; otherwise restore it from a backup.`
  );
}

/** Opens the embedded database. `dataDir` undefined means in memory (tests). */
export async function openPglite(
  dataDir: string | undefined,
): Promise<DatabaseHandle & { firstStart: boolean }> {
  let releaseLock = () => {};
  let firstStart = true;
  let client: PGlite;
  if (dataDir === undefined) {
    client = new PGlite();
  } else {
    releaseLock = lockDataDir(dataDir);
    const folder = pgliteFolder(dataDir);
    const hasFiles = existsSync(folder) && readdirSync(folder).length > 0;
    firstStart = !existsSync(join(dataDir, INITIALISED_MARKER));
    if (hasFiles && firstStart) {
      releaseLock();
      throw new DataDirBrokenError(brokenFolderMessage(dataDir, 'its first start never finished'));
    }
    try {
      client = new PGlite(folder);
      await client.waitReady;
    } catch (error) {
      releaseLock();
      throw new DataDirBrokenError(
        brokenFolderMessage(dataDir, (error as Error).message || 'PGlite could not open it'),
      );
    }
  }
  await client.waitReady;
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    firstStart,
    async executeSql(text, values = []) {
      const result = await client.query<Record<string, unknown>>(text, values as unknown[]);
      return { rows: result.rows };
    },
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return () => unsubscribe();
    },
    withSessionLock: (_key, work) => work(),
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        releaseLock();
      }
    },
  };
}
