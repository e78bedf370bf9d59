import type { DatabaseKind } from '../server/db/database.js';
import { isPostgresReachable } from '../test/support/test-database.js';
import { benchFanOut, type FanOutResult } from './fan-out.js';
import { benchWrites, type WriteResult } from './logbook-writes.js';
import { startBaken } from './support/baken-server.js';
import { ms, printTable, ratio } from './support/stats.js';

/**
 * `npm run bench`: the incident room's benchmarks on PGlite and (when reachable) PostgreSQL, each
 * beside a bare baseline measured in the same run. Sizes can be lowered for a quick look:
 * BENCH_CLIENTS, BENCH_MESSAGES, BENCH_WRITERS, BENCH_SECONDS.
 */
const clients = Number(process.env.BENCH_CLIENTS ?? 1000);
const messages = Number(process.env.BENCH_MESSAGES ?? 20);
const writers = Number(process.env.BENCH_WRITERS ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);

const kinds: DatabaseKind[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const fanOut: [DatabaseKind, FanOutResult][] = [];
const writes: [DatabaseKind, WriteResult][] = [];
for (const kind of kinds) {
  console.log(`\n${kind}: fan-out to ${clients} SSE clients (${messages} entries)…`);
  const forFanOut = await startBaken(kind);
  try {
    fanOut.push([kind, await benchFanOut(forFanOut, clients, messages)]);
  } finally {
    await forFanOut.stop();
  }
  console.log(`${kind}: logbook writes by ${writers} concurrent people for ${seconds} s…`);
  const forWrites = await startBaken(kind);
  try {
    writes.push([kind, await benchWrites(forWrites, writers, seconds)]);
  } finally {
    await forWrites.stop();
  }
}

printTable(
  `Fan-out: one logbook entry to ${clients} SSE clients of one incident (POST to receipt; target p99 ≤ 2x bare)`,
  ['database', 'Baken p50', 'Baken p99', 'bare p50', 'bare p99', 'p99 ratio'],
  fanOut.map(([kind, result]) => [
    kind,
    ms(result.baken.p50),
    ms(result.baken.p99),
    ms(result.bare.p50),
    ms(result.bare.p99),
    ratio(result.baken.p99 / Math.max(result.bare.p99, 0.001)),
  ]),
);
printTable(
  `Writes: logbook POSTs by ${writers} concurrent people for ${seconds} s (target ≥ 70% of bare)`,
  ['database', 'Baken /s', 'Baken p99', 'bare /s', 'bare p99', 'throughput ratio', 'failed'],
  writes.map(([kind, result]) => [
    kind,
    result.baken.perSecond.toFixed(0),
    ms(result.baken.p99),
    result.bare.perSecond.toFixed(0),
    ms(result.bare.p99),
    `${((100 * result.baken.perSecond) / Math.max(result.bare.perSecond, 0.001)).toFixed(0)}%`,
    String(result.baken.failed + result.bare.failed),
  ]),
);
console.log(`\nMachine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}`);
