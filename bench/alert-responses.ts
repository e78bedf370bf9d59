import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseKind } from '../server/db/database.js';
import { createPostgresDatabase } from '../test/support/test-database.js';
import { startBenchChild } from './support/child-process.js';
import { percentile } from './support/stats.js';

export interface AnswerFigures {
  /** Answers recorded (200) per second of the run. */
  perSecond: number;
  p50: number;
  p99: number;
  answered: number;
  failed: number;
  seconds: number;
  /** The run ended early because every recipient had answered. */
  ranOut: boolean;
}

/**
 * `clients` concurrent people answering "coming, 15 min" through their response links for
 * `seconds`: each request uses the next unused token, so every request is a first use, as when
 * the people of one alert answer. Stops early when the tokens run out.
 */
export async function answerLinks(
  url: string,
  tokens: readonly string[],
  clients: number,
  seconds: number,
): Promise<AnswerFigures> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline && next < tokens.length) {
        const token = tokens[next++];
        const sentAt = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token, response: 'coming', etaMinutes: 15 }),
        });
        await response.arrayBuffer();
        if (response.status === 200) latencies.push(performance.now() - sentAt);
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    answered: latencies.length,
    failed,
    seconds: elapsed,
    ranOut: next >= tokens.length,
  };
}

/** The same load on the bare one-UPDATE server (support/bare-response-server.ts) on the same kind of database. */
export async function benchBareResponses(
  kind: DatabaseKind,
  recipients: number,
  clients: number,
  seconds: number,
): Promise<AnswerFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'baken-bench-responses-'));
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const tokensFile = join(folder, 'tokens.json');
  try {
    const bare = await startBenchChild('bare-response-server.ts', {
      ...(database ? { DATABASE_URL: database.url } : { DATA_DIR: folder }),
      BENCH_RECIPIENTS: String(recipients),
      BENCH_TOKENS_FILE: tokensFile,
    });
    try {
      const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as string[];
      return await answerLinks(`http://127.0.0.1:${bare.port}/alert-responses`, tokens, clients, seconds);
    } finally {
      await bare.stop();
    }
  } finally {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}
