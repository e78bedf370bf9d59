import type { DatabaseHandle, RawResult } from '../db/database.js';

/** What pg-boss calls to reach the database (its `db` option). */
export interface PgBossDb {
  executeSql(text: string, values?: unknown[]): Promise<RawResult>;
}

interface ScriptResult {
  rows: Record<string, unknown>[];
}

/** The part of the PGlite client that runs several statements in one call (its simple protocol). */
interface ScriptClient {
  exec(text: string): Promise<ScriptResult[]>;
  transaction<T>(work: (tx: { exec(text: string): Promise<ScriptResult[]> }) => Promise<T>): Promise<T>;
}

const LOCKED_SCRIPT = /^\s*BEGIN;([\s\S]*);\s*COMMIT;\s*$/;

/**
 * pg-boss on our handle. On PostgreSQL that is the pool as it is. On PGlite, `query` takes one
 * statement only, while pg-boss installs its schema and runs maintenance as parameterless scripts
 * wrapped in BEGIN … COMMIT: those go to PGlite's `exec`, inside PGlite's own transaction so that
 * a failing script is rolled back at once instead of leaving the only connection in an aborted
 * transaction.
 */
export function pgBossDatabase(handle: DatabaseHandle): PgBossDb {
  const client = handle.kind === 'pglite' ? scriptClientOf(handle) : undefined;
  return {
    async executeSql(text, values) {
      if (!client || (values !== undefined && values.length > 0)) return handle.executeSql(text, values);
      const locked = LOCKED_SCRIPT.exec(text);
      const results = locked?.[1]
        ? await client.transaction((tx) => tx.exec(locked[1] as string))
        : await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/**
 * The PGlite client behind the Drizzle handle. DatabaseHandle has no way to run a script yet, so
 * this reaches for Drizzle's `$client`; it fails loudly if that ever changes.
 */
function scriptClientOf(handle: DatabaseHandle): ScriptClient {
  const client = (handle.db as unknown as { $client?: Partial<ScriptClient> }).$client;
  if (typeof client?.exec !== 'function' || typeof client.transaction !== 'function') {
    throw new Error('pg-boss on PGlite needs the PGlite client behind the Drizzle handle');
  }
  return client as ScriptClient;
}

/**
 * Request code runs as the row-level-security role `baken_tenant` (see tenant-transaction.ts); to
 * enqueue in that transaction it may add jobs and read queue settings, nothing more. The schema is
 * pg-boss's own, created at its first start, so the grant follows each start.
 */
export async function grantSendToTenantRole(handle: DatabaseHandle, schema: string): Promise<void> {
  await handle.executeSql(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'baken_tenant') THEN
        -- Instances starting together must not update the same grants at once.
        PERFORM pg_advisory_xact_lock(7302);
        GRANT USAGE ON SCHEMA ${schema} TO baken_tenant;
        GRANT SELECT ON ${schema}.queue TO baken_tenant;
        GRANT INSERT, SELECT (id) ON ${schema}.job TO baken_tenant;
      END IF;
    END
    $$`);
}
