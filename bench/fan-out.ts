import type { BakenUnderTest } from './support/baken-server.js';
import { startBenchChild } from './support/child-process.js';
import { listenSse, type SseListener } from './support/sse-listener.js';
import { percentile } from './support/stats.js';

export interface FanOutResult {
  clients: number;
  messages: number;
  baken: { p50: number; p99: number };
  bare: { p50: number; p99: number };
}

/** Waits until every listener has the message with `marker`; returns each listener's latency from `sentAt`. */
function collect(
  received: Map<string, number>[],
  marker: string,
  sentAt: number,
  timeoutMs = 30_000,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const times = received.map((byMarker) => byMarker.get(marker));
      if (times.every((time) => time !== undefined)) {
        resolve(times.map((time) => (time ?? 0) - sentAt));
        return;
      }
      if (Date.now() - started > timeoutMs) {
        reject(new Error(`only ${times.filter(Boolean).length} of ${received.length} clients got ${marker}`));
        return;
      }
      setTimeout(check, 2);
    };
    check();
  });
}

async function connectAll(count: number, connect: (index: number) => Promise<SseListener>) {
  const listeners: SseListener[] = [];
  // In batches, as phones would reconnect after an outage, without opening a thousand sockets in one tick.
  for (let index = 0; index < count; index += 100)
    listeners.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(100, count - index) }, (_, offset) => connect(index + offset)),
      )),
    );
  return listeners;
}

const markerOf = (data: string) => /BENCH-[0-9a-z-]+/.exec(data)?.[0];

/**
 * One logbook entry reaching `clients` open SSE streams of one incident: latency from the POST to
 * receipt at every client, beside a bare Node SSE broadcast of the same payload in the same run.
 */
export async function benchFanOut(
  baken: BakenUnderTest,
  clients: number,
  messages: number,
): Promise<FanOutResult> {
  const [cookie = ''] = baken.cookies;
  const bakenReceived = Array.from({ length: clients }, () => new Map<string, number>());
  let samplePayload = '';
  const bakenListeners = await connectAll(clients, (index) =>
    listenSse(
      `${baken.server.url}/api/events?topics=incident:${baken.incidentId}`,
      { Cookie: cookie },
      (message, at) => {
        const marker = markerOf(message.data);
        if (!marker) return;
        bakenReceived[index]?.set(marker, at);
        if (!samplePayload) samplePayload = message.data;
      },
    ),
  );
  const post = (text: string) =>
    fetch(`${baken.server.url}/api/incidents/${baken.incidentId}/logbook`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ text }),
    }).then(async (response) => {
      if (response.status !== 201)
        throw new Error(`logbook POST answered ${response.status}: ${await response.text()}`);
    });
  // A warm-up entry proves every stream is subscribed before anything is measured.
  const warmUpAt = performance.now();
  await post('BENCH-warm-up Rookontwikkeling gemeld');
  await collect(bakenReceived, 'BENCH-warm-up', warmUpAt);
  const bakenLatencies: number[] = [];
  for (let n = 0; n < messages; n++) {
    const marker = `BENCH-${n}-baken`;
    const sentAt = performance.now();
    await post(`${marker} Brandweer ter plaatse, ontruiming loopt`);
    bakenLatencies.push(...(await collect(bakenReceived, marker, sentAt)));
  }
  for (const listener of bakenListeners) listener.close();

  const bare = await startBenchChild('bare-sse-server.ts');
  const bareReceived = Array.from({ length: clients }, () => new Map<string, number>());
  const bareListeners = await connectAll(clients, (index) =>
    listenSse(`http://127.0.0.1:${bare.port}/events`, {}, (message, at) => {
      const marker = markerOf(message.data);
      if (marker) bareReceived[index]?.set(marker, at);
    }),
  );
  const broadcast = (marker: string) =>
    fetch(`http://127.0.0.1:${bare.port}/broadcast`, {
      method: 'POST',
      body: samplePayload.replace(/BENCH-[0-9a-z-]+/, marker),
    });
  const bareWarmUpAt = performance.now();
  await broadcast('BENCH-warm-up');
  await collect(bareReceived, 'BENCH-warm-up', bareWarmUpAt);
  const bareLatencies: number[] = [];
  for (let n = 0; n < messages; n++) {
    const marker = `BENCH-${n}-bare`;
    const sentAt = performance.now();
    await broadcast(marker);
    bareLatencies.push(...(await collect(bareReceived, marker, sentAt)));
  }
  for (const listener of bareListeners) listener.close();
  await bare.stop();

  return {
    clients,
    messages,
    baken: { p50: percentile(bakenLatencies, 50), p99: percentile(bakenLatencies, 99) },
    bare: { p50: percentile(bareLatencies, 50), p99: percentile(bareLatencies, 99) },
  };
}
