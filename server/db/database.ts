import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** The one database type application code sees, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle has the same query API as the database. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseKind = 'pglite' | 'postgres';

/** A row set from raw SQL, the shape pg-boss expects from `executeSql`. */
export interface RawResult {
  rows: Record<string, unknown>[];
}

/** The opened database: the Drizzle handle plus the few driver-level operations the platform needs. */
export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Database;
  /** Raw parameterised SQL, used by pg-boss and by tests that inspect the schema. */
  executeSql(text: string, values?: unknown[]): Promise<RawResult>;
  /** Subscribes to NOTIFY on a channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Runs `work` while holding a PostgreSQL session advisory lock (a plain call on PGlite, which has one connection). */
  withSessionLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
