import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, DatabaseHandle } from './database.js';
import * as schema from './schema/index.js';

/**
 * Opens PostgreSQL: a pool for queries, plus one dedicated connection per instance for LISTEN,
 * outside the pool, because LISTEN does not survive transaction-mode poolers or pool recycling.
 */
export async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('select 1');
  const db = drizzle({ client: pool, schema }) as unknown as Database;
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Set<(payload: string) => void>>();

  async function listenerClient(): Promise<pg.Client> {
    if (listener) return listener;
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => {});
    client.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    await client.connect();
    listener = client;
    return client;
  }

  return {
    kind: 'postgres',
    db,
    async executeSql(text, values = []) {
      const result = await pool.query(text, values);
      return { rows: result.rows };
    },
    async listen(channel, onPayload) {
      const client = await listenerClient();
      const channelHandlers = handlers.get(channel) ?? new Set();
      if (channelHandlers.size === 0) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      channelHandlers.add(onPayload);
      handlers.set(channel, channelHandlers);
      return async () => {
        channelHandlers.delete(onPayload);
        if (channelHandlers.size === 0) await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
      };
    },
    async withSessionLock(key, work) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        return await work();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [key]).catch(() => {});
        client.release();
      }
    },
    async close() {
      await listener?.end().catch(() => {});
      await pool.end();
    },
  };
}
