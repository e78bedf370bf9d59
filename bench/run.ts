import { cpus, loadavg } from 'node:os';
import type { DatabaseKind } from '../server/db/database.js';
import { isPostgresReachable } from '../test/support/test-database.js';
import { type AlertDeliveryResult, benchAlertDelivery } from './alert-delivery.js';
import { type AnswerFigures, answerLinks, benchBareResponses } from './alert-responses.js';
import { benchFanOut, type FanOutResult } from './fan-out.js';
import { benchWrites, type WriteResult } from './logbook-writes.js';
import { startAlertPeers } from './support/alert-peers.js';
import { startBaken } from './support/baken-server.js';
import { ms, printTable, ratio } from './support/stats.js';

/**
 * `npm run bench`: the incident room's and alerting's benchmarks on PGlite and (when reachable)
 * PostgreSQL, each beside a bare baseline measured in the same run. BENCH_ONLY picks some
 * (`fan-out,writes,alerts`). Sizes can be lowered for a quick look: BENCH_CLIENTS,
 * BENCH_MESSAGES, BENCH_WRITERS, BENCH_SECONDS; BENCH_DATABASES (`pglite,postgres`); for alerts BENCH_ALERT_RECIPIENTS (≤ 10,000, one
 * request), BENCH_ALERT_CONCURRENCY (ALERT_DELIVERY_CONCURRENCY, also the baseline's),
 * BENCH_ALERT_SEPARATE_WORKER=1 (PostgreSQL also with a worker process of its own),
 * BENCH_ALERT_BASELINE_SMTP_POOL=0 (baseline opens an SMTP connection per mail),
 * BENCH_ACK_CLIENTS, BENCH_ACK_SECONDS.
 */
const clients = Number(process.env.BENCH_CLIENTS ?? 1000);
const messages = Number(process.env.BENCH_MESSAGES ?? 20);
const writers = Number(process.env.BENCH_WRITERS ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const alertRecipients = Math.min(10_000, Number(process.env.BENCH_ALERT_RECIPIENTS ?? 10_000));
const alertConcurrency = Number(process.env.BENCH_ALERT_CONCURRENCY ?? 32);
const separateWorker = process.env.BENCH_ALERT_SEPARATE_WORKER === '1';
const baselineSmtpPool = process.env.BENCH_ALERT_BASELINE_SMTP_POOL !== '0';
const alertTimeoutSeconds = Number(process.env.BENCH_ALERT_TIMEOUT_SECONDS ?? 900);
const ackClients = Number(process.env.BENCH_ACK_CLIENTS ?? 100);
const ackSeconds = Number(process.env.BENCH_ACK_SECONDS ?? 10);
const only = new Set(
  (process.env.BENCH_ONLY ?? 'fan-out,writes,alerts').split(',').map((name) => name.trim()),
);

const databases = new Set(
  (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((name) => name.trim()),
);
const kinds: DatabaseKind[] = [
  ...(databases.has('pglite') ? (['pglite'] as const) : []),
  ...(databases.has('postgres') && (await isPostgresReachable()) ? (['postgres'] as const) : []),
];
const fanOut: [DatabaseKind, FanOutResult][] = [];
const writes: [DatabaseKind, WriteResult][] = [];
const deliveries: AlertDeliveryResult[] = [];
const responses: {
  kind: DatabaseKind;
  baken: AnswerFigures;
  bare: AnswerFigures;
  onBoard: number;
  /** The alert was still going out (it missed its timeout), so answers competed with delivery. */
  duringDelivery: boolean;
}[] = [];
for (const kind of kinds) {
  if (only.has('fan-out')) {
    console.log(`\n${kind}: fan-out to ${clients} SSE clients (${messages} entries)…`);
    const forFanOut = await startBaken(kind);
    try {
      fanOut.push([kind, await benchFanOut(forFanOut, clients, messages)]);
    } finally {
      await forFanOut.stop();
    }
  }
  if (only.has('writes')) {
    console.log(`${kind}: logbook writes by ${writers} concurrent people for ${seconds} s…`);
    const forWrites = await startBaken(kind);
    try {
      writes.push([kind, await benchWrites(forWrites, writers, seconds)]);
    } finally {
      await forWrites.stop();
    }
  }
  if (only.has('alerts')) {
    const layouts = kind === 'postgres' && separateWorker ? [false, true] : [false];
    const peers = await startAlertPeers();
    try {
      for (const separate of layouts) {
        console.log(`${kind}: alert to ${alertRecipients} people × push, e-mail, SMS…`);
        let bakenAnswers: AnswerFigures | undefined;
        let onBoard = 0;
        const options = {
          recipients: alertRecipients,
          concurrency: alertConcurrency,
          separateWorker: separate,
          timeoutMs: alertTimeoutSeconds * 1000,
          baselineSmtpPool,
        };
        const delivery = await benchAlertDelivery(kind, peers, options, async (servers, tokens, answered) => {
          if (separate) return;
          console.log(
            `${kind}: response links answered by ${ackClients} concurrent people for ${ackSeconds} s…`,
          );
          bakenAnswers = await answerLinks(
            `${servers.api}/api/alert-responses`,
            tokens,
            ackClients,
            ackSeconds,
          );
          onBoard = await answered();
        });
        deliveries.push(delivery);
        console.log(`  Baken: ${delivery.baken.check.text}`);
        console.log(`  baseline: ${delivery.baseline.check.text}`);
        if (bakenAnswers) {
          const bare = await benchBareResponses(kind, alertRecipients, ackClients, ackSeconds);
          const duringDelivery = delivery.baken.recordedSeconds === null;
          responses.push({ kind, baken: bakenAnswers, bare, onBoard, duringDelivery });
        }
      }
    } finally {
      await peers.stop();
    }
  }
}

if (fanOut.length > 0)
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
if (writes.length > 0)
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
const secondsText = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(1)} s` : `not all in ${alertTimeoutSeconds} s`;
if (deliveries.length > 0) {
  printTable(
    `Alert: one crisis alert to ${alertRecipients} people × push + e-mail + SMS (start request to the last of ${3 * alertRecipients} messages accepted; ${alertConcurrency} in flight per channel; target ≤ 60 s and ≤ 1.5x baseline)`,
    [
      'database',
      'Baken',
      'baseline',
      'ratio',
      'Baken msg/s',
      'baseline msg/s',
      'target met',
      'every person once per channel',
    ],
    deliveries.map((result) => {
      const total = 3 * result.recipients;
      const relative = result.baken.seconds / result.baseline.seconds;
      const perSecond = (value: number) => (Number.isFinite(value) ? (total / value).toFixed(0) : '—');
      const met =
        result.baken.complete && result.baken.seconds <= 60 && relative <= 1.5 && result.baken.check.ok;
      return [
        result.layout === 'one process' ? result.kind : `${result.kind} (${result.layout})`,
        result.baken.complete
          ? secondsText(result.baken.seconds)
          : `${result.baken.delivered} of ${total} in ${alertTimeoutSeconds} s`,
        secondsText(result.baseline.seconds),
        Number.isFinite(relative) ? ratio(relative) : '—',
        perSecond(result.baken.seconds),
        perSecond(result.baseline.seconds),
        met ? 'yes' : 'no',
        result.baken.check.ok ? 'yes' : `no: ${result.baken.check.text}`,
      ];
    }),
  );
  printTable(
    'Alert per channel: seconds from the start request to the last message accepted (Baken / baseline), the start request itself, until every outcome was on the board, and CPU seconds of sender and receivers meanwhile (Baken / baseline)',
    [
      'database',
      'push',
      'e-mail',
      'SMS',
      'start request',
      'outcomes recorded',
      'sender CPU',
      'receivers CPU',
    ],
    deliveries.map((result) => [
      result.layout === 'one process' ? result.kind : `${result.kind} (${result.layout})`,
      `${secondsText(result.baken.channels.push.last)} / ${secondsText(result.baseline.channels.push.last)}`,
      `${secondsText(result.baken.channels.email.last)} / ${secondsText(result.baseline.channels.email.last)}`,
      `${secondsText(result.baken.channels.sms.last)} / ${secondsText(result.baseline.channels.sms.last)}`,
      secondsText(result.baken.requestSeconds),
      result.baken.recordedSeconds === null ? 'not all' : secondsText(result.baken.recordedSeconds),
      `${result.baken.cpuSeconds.toFixed(0)} s${result.baken.databaseCpuSeconds > 0 ? ` + ${result.baken.databaseCpuSeconds.toFixed(0)} s PostgreSQL` : ''} / ${result.baseline.cpuSeconds.toFixed(0)} s`,
      `${result.baken.receiverCpuSeconds.toFixed(0)} s / ${result.baseline.receiverCpuSeconds.toFixed(0)} s`,
    ]),
  );
}
if (responses.length > 0)
  printTable(
    `Responses: response links answered by ${ackClients} concurrent people for up to ${ackSeconds} s, each link once (answers recorded per second)`,
    [
      'database',
      'Baken /s',
      'Baken p50',
      'Baken p99',
      'bare /s',
      'bare p50',
      'bare p99',
      'ratio',
      'failed',
      'on the board',
    ],
    responses.map(({ kind, baken, bare, onBoard, duringDelivery }) => [
      duringDelivery ? `${kind} (alert still going out)` : kind,
      baken.perSecond.toFixed(0),
      ms(baken.p50),
      ms(baken.p99),
      bare.perSecond.toFixed(0),
      ms(bare.p50),
      ms(bare.p99),
      `${((100 * baken.perSecond) / Math.max(bare.perSecond, 0.001)).toFixed(0)}%`,
      String(baken.failed + bare.failed),
      `${onBoard} of ${baken.answered}`,
    ]),
  );
console.log(
  `\nMachine: ${cpus().length} cores, Node ${process.version}, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);
