import { readFileSync } from 'node:fs';
import pg from 'pg';

// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every platform Node supports.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where there is no /proc. */
export function cpuSecondsOf(pid: number): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds used so far by each PostgreSQL server process of one database (same machine), by
 * pid. Backends that end between two readings drop out, so the difference is a lower bound.
 */
export async function databaseCpuSeconds(databaseUrl: string): Promise<Map<number, number>> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    return new Map(rows.map((row) => [row.pid, cpuSecondsOf(row.pid) || 0]));
  } finally {
    await client.end();
  }
}

/** CPU seconds the database's server processes used between two readings of databaseCpuSeconds. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
