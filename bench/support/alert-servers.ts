import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { DEMO_PASSWORD, startTestServer, TEST_SECRET_KEY } from '../../test/support/test-server.js';
import type { AlertPeers } from './alert-peers.js';
import type { AlertPopulation } from './alert-population.js';
import { cpuSecondsOf } from './process-cpu.js';

export interface AlertServers {
  /** The web process's base URL. */
  api: string;
  /** `web,worker,cron` in one process, or (PostgreSQL) a web process beside a worker process. */
  layout: 'one process' | 'web + worker';
  /** Process ids, for a profiler or `top` while the benchmark runs. */
  pids: number[];
  output(): string;
  /** CPU seconds Baken's processes have used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** A process with the worker and cron roles only: it never listens, so it is ready once it says "started". */
async function startWorkerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'server', 'main.js')], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', SECRET_KEY: TEST_SECRET_KEY, DEMO_PASSWORD, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk) => {
    printed += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    printed += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (printed.includes('"message":"started"')) resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${printed}`)));
  });
  return {
    pid: child.pid ?? 0,
    output: () => printed,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Baken as it runs in production: the compiled server on the prepared database, with the
 * receivers as its SMTP server, SMSC and push service, logging at the default level (a JSON line
 * per request, as in the other benchmarks).
 */
export async function startAlertServers(
  population: AlertPopulation,
  peers: AlertPeers,
  options: { concurrency: number; separateWorker: boolean },
): Promise<AlertServers> {
  const env = {
    ...population.env,
    DEMO: 'false',
    PUBLIC_URL: 'http://baken.test',
    SMTP_URL: peers.smtpUrl,
    SMS_GATEWAY: 'smpp',
    SMPP_URL: peers.smppUrl,
    ALERT_DELIVERY_CONCURRENCY: String(options.concurrency),
    LOG_LEVEL: 'info',
    // BENCH_ALERT_PROFILE=<folder>: a V8 CPU profile of each Baken process, written when it stops.
    ...(process.env.BENCH_ALERT_PROFILE
      ? {
          BENCH_ALERT_PROFILE: process.env.BENCH_ALERT_PROFILE,
          NODE_OPTIONS: `--import ${join(PROJECT_ROOT, 'bench', 'support', 'cpu-profile.mjs')}`,
        }
      : {}),
  };
  const separate = options.separateWorker && population.kind === 'postgres';
  const web = await startTestServer({
    dataDir: population.dataDir,
    keepDataDir: true,
    env: { ...env, ROLES: separate ? 'web' : 'web,worker,cron' },
  });
  const worker = separate ? await startWorkerProcess({ ...env, ROLES: 'worker,cron' }) : undefined;
  return {
    api: web.url,
    layout: separate ? 'web + worker' : 'one process',
    pids: [web.process.pid ?? 0, ...(worker ? [worker.pid] : [])],
    output: () => `${web.output()}${worker?.output() ?? ''}`,
    cpuSeconds: () => cpuSecondsOf(web.process.pid ?? 0) + (worker ? cpuSecondsOf(worker.pid) : 0),
    async stop() {
      await worker?.stop();
      await web.stop();
    },
  };
}
