import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseKind } from '../server/db/database.js';
import { signInCookie } from '../test/support/test-server.js';
import { startBaselineSender } from './support/alert-baseline.js';
import type { AlertPeers, ChannelCounts, ChannelFinish, ReceivedSummary } from './support/alert-peers.js';
import { type AlertPerson, preparePopulation } from './support/alert-population.js';
import { type AlertServers, startAlertServers } from './support/alert-servers.js';
import { cpuBetween, databaseCpuSeconds } from './support/process-cpu.js';

export const BENCH_ALERT = {
  title: 'Grote brand Haven Zuid',
  body: 'Rookontwikkeling bij de opslag van Haven Zuid; de ontruiming loopt. Meld u bij het CoPI.',
  location: 'Havenweg 12, Rotterdam',
  organisationName: 'Gemeente Voorbeeld',
} as const;

export interface DeliveryTiming {
  /** From the start request to the last of all messages accepted, in seconds. */
  seconds: number;
  /** Per channel: seconds to its first and its last accepted message. */
  channels: Record<'email' | 'sms' | 'push', { first: number; last: number }>;
  complete: boolean;
  /** Messages accepted when the clock stopped (all of them, or as many as came before the timeout). */
  delivered: number;
  /** CPU seconds the sender (Baken's processes, or the bare loop) and the receivers used meanwhile. */
  cpuSeconds: number;
  receiverCpuSeconds: number;
  /** PostgreSQL's server processes of Baken's database (a lower bound); 0 on PGlite and for the baseline. */
  databaseCpuSeconds: number;
}

/** Whether every person got exactly one message per channel, each with their own working link. */
export interface DeliveryCheck {
  ok: boolean;
  missing: number;
  duplicates: number;
  wrongTokens: number;
  undecryptable: number;
  text: string;
}

export interface AlertDeliveryResult {
  kind: DatabaseKind;
  layout: AlertServers['layout'];
  recipients: number;
  concurrency: number;
  baken: DeliveryTiming & { requestSeconds: number; recordedSeconds: number | null; check: DeliveryCheck };
  baseline: DeliveryTiming & { failed: number; check: DeliveryCheck };
}

export interface DeliveryOptions {
  recipients: number;
  concurrency: number;
  separateWorker: boolean;
  timeoutMs: number;
  /** Reuse SMTP connections in the baseline (nodemailer pool), as a well-written sender would. */
  baselineSmtpPool: boolean;
}

const totalOf = (counts: ChannelCounts) => counts.email + counts.sms + counts.push;
const sum = (record: Record<string, number>) => Object.values(record).reduce((total, n) => total + n, 0);
const summaryTotal = (summary: ReceivedSummary) => sum(summary.email) + sum(summary.sms) + sum(summary.push);
const epochNow = () => performance.timeOrigin + performance.now();

function timing(
  startedAt: number,
  finish: ChannelFinish,
  counts: ChannelCounts,
  cpu: { cpuSeconds: number; receiverCpuSeconds: number; databaseCpuSeconds: number },
): DeliveryTiming {
  const of = (value: number | null) => (value === null ? Number.NaN : (value - startedAt) / 1000);
  const channels = {
    email: { first: of(finish.email.first), last: of(finish.email.last) },
    sms: { first: of(finish.sms.first), last: of(finish.sms.last) },
    push: { first: of(finish.push.first), last: of(finish.push.last) },
  };
  const complete = Object.values(channels).every((channel) => Number.isFinite(channel.last));
  return {
    seconds: Math.max(channels.email.last, channels.sms.last, channels.push.last),
    channels,
    complete,
    delivered: totalOf(counts),
    ...cpu,
  };
}

/** Compares what arrived with the people: one message per channel each, all carrying the same token. */
export function checkDelivery(people: readonly AlertPerson[], summary: ReceivedSummary, sameToken: boolean) {
  let missing = 0;
  let duplicates = 0;
  let wrongTokens = 0;
  for (const person of people) {
    for (const count of [
      summary.email[person.email] ?? 0,
      summary.sms[person.smsNumber] ?? 0,
      summary.push[person.subscription.endpoint] ?? 0,
    ]) {
      if (count === 0) missing++;
      if (count > 1) duplicates += count - 1;
    }
    const tokens = [
      summary.emailTokens[person.email],
      summary.smsTokens[person.smsNumber],
      summary.pushTokens[person.subscription.endpoint],
    ];
    if (tokens.some((token) => !token) || (sameToken && new Set(tokens).size !== 1)) wrongTokens++;
  }
  const extra = summaryTotal(summary) - (3 * people.length - missing + duplicates);
  const ok =
    missing === 0 && duplicates === 0 && wrongTokens === 0 && extra === 0 && summary.undecryptable === 0;
  const text = ok
    ? `all ${people.length} people got exactly one push, one e-mail and one SMS${sameToken ? ', all three with their own response link' : ''}`
    : `${missing} missing, ${duplicates} duplicates, ${extra} to unknown addresses, ${wrongTokens} people with a missing or mismatched link, ${summary.undecryptable} push messages that do not decrypt`;
  return { ok, missing, duplicates, wrongTokens, undecryptable: summary.undecryptable, text };
}

/** Waits until the board shows no delivery queued or sending: every outcome is written. */
async function waitForOutcomes(api: string, cookie: string, alertId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${api}/api/alerts/${alertId}`, { headers: { Cookie: cookie } });
    const board = (await response.json()) as { recipients: { channels: { status: string }[] }[] };
    const open = board.recipients
      .flatMap((recipient) => recipient.channels)
      .filter((channel) => channel.status === 'queued' || channel.status === 'sending').length;
    if (open === 0) return true;
    // The board of 10,000 people is a large answer: asking often would slow what it measures.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

/**
 * One crisis alert from Baken to `recipients` people (push + e-mail + SMS each), timed from the
 * start request to the last message accepted by the receivers, then checked message by message.
 * `whileRunning` gets the server, every person's response token and a count of the answers on
 * the board (for the responses benchmark) before the server is stopped. Then the bare baseline hands the same number of messages to the same
 * receivers.
 */
export async function benchAlertDelivery(
  kind: DatabaseKind,
  peers: AlertPeers,
  options: DeliveryOptions,
  whileRunning: (servers: AlertServers, tokens: string[], answered: () => Promise<number>) => Promise<void>,
): Promise<AlertDeliveryResult> {
  await peers.reset();
  const subscriptions = await peers.subscribe(options.recipients);
  const population = await preparePopulation(kind, subscriptions);
  let bakenResult: AlertDeliveryResult['baken'];
  let layout: AlertServers['layout'];
  try {
    const servers = await startAlertServers(population, peers, options);
    layout = servers.layout;
    try {
      console.log(`  ${kind} (${servers.layout}, pids ${servers.pids.join(', ')}): alert sent`);
      const cookie = await signInCookie(servers.api);
      const [bakenCpu, receiverCpu] = [servers.cpuSeconds(), peers.cpuSeconds()];
      const databaseUrl = population.databaseUrl;
      const databaseCpu = databaseUrl ? await databaseCpuSeconds(databaseUrl) : new Map<number, number>();
      const startedAt = epochNow();
      const sent = await fetch(`${servers.api}/api/alerts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
        body: JSON.stringify({
          title: BENCH_ALERT.title,
          body: BENCH_ALERT.body,
          location: BENCH_ALERT.location,
          urgency: 'crisis',
          targets: { userIds: population.people.map((person) => person.id) },
        }),
      });
      const requestSeconds = (epochNow() - startedAt) / 1000;
      if (sent.status !== 201) throw new Error(`the alert was refused: ${sent.status} ${await sent.text()}`);
      const { id: alertId } = (await sent.json()) as { id: string };
      const { finish, counts } = await peers.waitForAll(options.recipients, options.timeoutMs);
      const measured = timing(startedAt, finish, counts, {
        cpuSeconds: servers.cpuSeconds() - bakenCpu,
        receiverCpuSeconds: peers.cpuSeconds() - receiverCpu,
        databaseCpuSeconds: databaseUrl ? cpuBetween(databaseCpu, await databaseCpuSeconds(databaseUrl)) : 0,
      });
      // Only worth waiting for when everything arrived; otherwise the board is busy being slow.
      const recorded =
        measured.complete && (await waitForOutcomes(servers.api, cookie, alertId, options.timeoutMs));
      const recordedSeconds = recorded ? (epochNow() - startedAt) / 1000 : null;
      const summary = await peers.summary();
      const people = population.people;
      const check = checkDelivery(people, summary, true);
      if (!summary.pushTitles.every((title) => title === BENCH_ALERT.title))
        check.text += `; push titles seen: ${summary.pushTitles.join(', ')}`;
      // Only people who got all three messages answer: an answer cancels what is still queued for them.
      const tokens = people
        .filter(
          (person) =>
            summary.email[person.email] &&
            summary.sms[person.smsNumber] &&
            summary.push[person.subscription.endpoint],
        )
        .map((person) => summary.smsTokens[person.smsNumber] ?? '');
      const answered = async () => {
        const response = await fetch(`${servers.api}/api/alerts/${alertId}`, { headers: { Cookie: cookie } });
        const { counts } = (await response.json()) as { counts: Record<string, number> };
        return (counts.coming ?? 0) + (counts.unavailable ?? 0) + (counts.acknowledged ?? 0);
      };
      await whileRunning(servers, tokens, answered);
      // A message sent twice late (a lease run out, a retry) would have arrived by now.
      const late = totalOf(await peers.counts()) - summaryTotal(summary);
      if (measured.complete && late > 0) {
        check.ok = false;
        check.duplicates += late;
        check.text += `; ${late} more messages arrived after the check`;
      }
      bakenResult = { ...measured, requestSeconds, recordedSeconds, check };
    } finally {
      await servers.stop();
    }
  } finally {
    await population.drop();
  }

  const baseline = await runDeliveryBaseline(peers, population.people, options);
  return {
    kind,
    layout,
    recipients: options.recipients,
    concurrency: options.concurrency,
    baken: bakenResult,
    baseline,
  };
}

/** The bare loop (support/alert-baseline-sender.ts) to the same receivers, timed the same way. */
async function runDeliveryBaseline(peers: AlertPeers, people: AlertPerson[], options: DeliveryOptions) {
  await peers.reset();
  const folder = mkdtempSync(join(tmpdir(), 'baken-bench-baseline-'));
  const jobFile = join(folder, 'job.json');
  writeFileSync(
    jobFile,
    JSON.stringify({
      people,
      alert: BENCH_ALERT,
      smtpUrl: peers.smtpUrl,
      smppUrl: peers.smppUrl,
      concurrency: options.concurrency,
      smtpPool: options.baselineSmtpPool,
    }),
  );
  try {
    const sender = await startBaselineSender({ BENCH_ALERT_JOB: jobFile });
    const receiverCpu = peers.cpuSeconds();
    const startedAt = epochNow();
    const [sent, { finish, counts }] = await Promise.all([
      sender.go(),
      peers.waitForAll(people.length, options.timeoutMs),
    ]);
    const failed = sent.failed.email + sent.failed.sms + sent.failed.push;
    return {
      ...timing(startedAt, finish, counts, {
        cpuSeconds: sent.cpuSeconds,
        receiverCpuSeconds: peers.cpuSeconds() - receiverCpu,
        databaseCpuSeconds: 0,
      }),
      failed,
      check: checkDelivery(people, await peers.summary(), false),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
