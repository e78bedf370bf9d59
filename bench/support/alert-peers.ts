import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import type { TestPushSubscription } from '../../test/support/push-test-service.js';
import { cpuSecondsOf } from './process-cpu.js';

export type AlertChannelName = 'email' | 'sms' | 'push';

/** Per channel, when (epoch ms) its first message and the message that completed the count were accepted. */
export type ChannelFinish = Record<AlertChannelName, { first: number | null; last: number | null }>;
export type ChannelCounts = Record<AlertChannelName, number>;

/** What the receivers hold: messages per address, and the response token in each. */
export interface ReceivedSummary {
  /** Per e-mail address, per phone number (digits), per push endpoint: how many messages arrived. */
  email: Record<string, number>;
  sms: Record<string, number>;
  push: Record<string, number>;
  /** The response token in the last message to each address. */
  emailTokens: Record<string, string>;
  smsTokens: Record<string, string>;
  pushTokens: Record<string, string>;
  /** Titles shown by the first decrypted push messages (the alert's title, as a phone shows it). */
  pushTitles: string[];
  undecryptable: number;
  refusedPush: number;
}

export type PeerRequest =
  | { kind: 'subscribe'; count: number }
  | { kind: 'reset' }
  | { kind: 'wait'; count: number; timeoutMs: number }
  | { kind: 'counts' }
  | { kind: 'summary' };

export type PeerReply =
  | { kind: 'subscribed'; subscriptions: TestPushSubscription[] }
  | { kind: 'done' }
  | { kind: 'finished'; finish: ChannelFinish; counts: ChannelCounts }
  | { kind: 'counts'; counts: ChannelCounts }
  | { kind: 'summary'; summary: ReceivedSummary };

export interface AlertPeers {
  smtpUrl: string;
  /** CPU seconds the receivers' process has used so far. */
  cpuSeconds(): number;
  smppUrl: string;
  subscribe(count: number): Promise<TestPushSubscription[]>;
  /** Forgets every message received so far (the subscriptions stay). */
  reset(): Promise<void>;
  /** Waits until each channel has `count` messages, or `timeoutMs` passed. */
  waitForAll(count: number, timeoutMs: number): Promise<{ finish: ChannelFinish; counts: ChannelCounts }>;
  counts(): Promise<ChannelCounts>;
  summary(): Promise<ReceivedSummary>;
  stop(): Promise<void>;
}

/** Starts the SMTP server, SMPP server and push service in a child process (alert-peers-process.ts). */
export async function startAlertPeers(): Promise<AlertPeers> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'support', 'alert-peers-process.ts')],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiting = new Map<number, { resolve(reply: PeerReply): void; reject(error: Error): void }>();
  let nextId = 0;
  const ready = new Promise<{ smtpUrl: string; smppUrl: string }>((resolve, reject) => {
    child.on('message', (message: { ready?: { smtpUrl: string; smppUrl: string } }) => {
      if (message.ready) resolve(message.ready);
    });
    child.once('exit', (code) => reject(new Error(`the alert peers exited with ${code}`)));
  });
  child.on('message', (message: { id?: number; reply?: PeerReply; error?: string }) => {
    if (message.id === undefined) return;
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.reply) waiter?.resolve(message.reply);
    else waiter?.reject(new Error(message.error ?? 'the alert peers failed'));
  });
  const ask = (request: PeerRequest) =>
    new Promise<PeerReply>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      child.send({ id, request });
    });
  const urls = await ready;

  return {
    ...urls,
    cpuSeconds: () => cpuSecondsOf(child.pid ?? 0),
    async subscribe(count) {
      const reply = await ask({ kind: 'subscribe', count });
      if (reply.kind !== 'subscribed') throw new Error(`unexpected answer ${reply.kind}`);
      return reply.subscriptions;
    },
    async reset() {
      await ask({ kind: 'reset' });
    },
    async waitForAll(count, timeoutMs) {
      const reply = await ask({ kind: 'wait', count, timeoutMs });
      if (reply.kind !== 'finished') throw new Error(`unexpected answer ${reply.kind}`);
      return reply;
    },
    async counts() {
      const reply = await ask({ kind: 'counts' });
      if (reply.kind !== 'counts') throw new Error(`unexpected answer ${reply.kind}`);
      return reply.counts;
    },
    async summary() {
      const reply = await ask({ kind: 'summary' });
      if (reply.kind !== 'summary') throw new Error(`unexpected answer ${reply.kind}`);
      return reply.summary;
    },
    async stop() {
      child.disconnect();
      await exited;
    },
  };
}
