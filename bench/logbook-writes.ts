import type { BakenUnderTest } from './support/baken-server.js';
import { startBenchChild } from './support/child-process.js';
import { percentile } from './support/stats.js';

export interface WriteResult {
  writers: number;
  seconds: number;
  baken: { perSecond: number; p99: number; failed: number };
  bare: { perSecond: number; p99: number; failed: number };
}

/** `writers` loops each POSTing entries one after another until `seconds` have passed. */
async function hammer(
  writers: number,
  seconds: number,
  send: (writer: number, n: number) => Promise<Response>,
) {
  const latencies: number[] = [];
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const sentAt = performance.now();
        const response = await send(writer, n);
        await response.arrayBuffer();
        if (response.status === 201) latencies.push(performance.now() - sentAt);
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: latencies.length / elapsed, p99: percentile(latencies, 99), failed };
}

/**
 * Logbook POSTs from `writers` concurrent people for `seconds`, beside a bare Hono route doing the
 * same insert on the same kind of database, measured in the same run.
 */
export async function benchWrites(
  baken: BakenUnderTest,
  writers: number,
  seconds: number,
): Promise<WriteResult> {
  const url = `${baken.server.url}/api/incidents/${baken.incidentId}/logbook`;
  const bakenResult = await hammer(writers, seconds, (writer, n) =>
    fetch(url, {
      method: 'POST',
      headers: {
        Cookie: baken.cookies[writer % baken.cookies.length] ?? '',
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
      },
      body: JSON.stringify({ text: `Melding ${writer}/${n}: situatie ter plaatse onveranderd` }),
    }),
  );

  const bare = await startBenchChild('bare-logbook-server.ts', baken.baselineEnv);
  const bareUrl = `http://127.0.0.1:${bare.port}/incidents/${String(bare.info.incidentId)}/logbook`;
  const bareResult = await hammer(writers, seconds, (writer, n) =>
    fetch(bareUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `Melding ${writer}/${n}: situatie ter plaatse onveranderd` }),
    }),
  );
  await bare.stop();
  return { writers, seconds, baken: bakenResult, bare: bareResult };
}
