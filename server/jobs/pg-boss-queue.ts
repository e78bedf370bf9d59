import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/database.js';
import type { Logger } from '../http/logger.js';
import type { JobHandler, JobOptions, JobQueue, SqlExecutor } from './job-queue.js';
import { grantSendToTenantRole, pgBossDatabase } from './pg-boss-database.js';

const SCHEMA = 'pgboss';

/** Retried five times, after about 2, 4, 8, 16 and 32 seconds (with jitter). */
export const DEFAULT_RETRY = { retryLimit: 5, retryDelay: 2, retryBackoff: true } as const;

export interface JobQueueOptions {
  /** A process runs handlers only with the worker role and cron schedules only with the cron role; every process may send. */
  roles: { worker: boolean; cron: boolean };
  /**
   * Job names this process sends inside transactions, created at start. pg-boss 10 drops a job for
   * a queue that does not exist, and on PGlite a queue cannot be created from inside a transaction.
   */
  queues?: readonly string[];
  /** Overrides the default retry policy (tests use short delays). */
  retry?: Required<Pick<JobOptions, 'retryLimit' | 'retryDelay' | 'retryBackoff'>>;
  /** How often an idle worker asks for a job; each poll is one short query. */
  pollingIntervalSeconds?: number;
  /** How long `stop()` waits for running jobs before handing them back for a retry. */
  stopTimeoutMs?: number;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

interface WorkerLoop {
  name: string;
  done: Promise<void>;
  activeJobId: string | undefined;
}

const consoleLogger: Pick<Logger, 'warn' | 'error'> = {
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

/** Starts the pg-boss job queue on the given database (PGlite or PostgreSQL, the same code path). */
export async function createJobQueue(handle: DatabaseHandle, options: JobQueueOptions): Promise<JobQueue> {
  const logger = options.logger ?? consoleLogger;
  const pollingMs = (options.pollingIntervalSeconds ?? 1) * 1000;
  const boss = new PgBoss({
    db: pgBossDatabase(handle),
    schema: SCHEMA,
    ...(options.retry ?? DEFAULT_RETRY),
    // Maintenance expires jobs whose worker died and archives old ones: only worker processes
    // need it, and pg-boss lets one instance at a time do it. State monitoring is not used.
    supervise: options.roles.worker,
    schedule: options.roles.cron,
  });
  // An unhandled 'error' event would crash the process; pg-boss retries on its own, so log it.
  boss.on('error', (error) => logger.error('job queue error', { error }));

  const queues = new Map<string, Promise<void>>();
  const ensureQueue = (name: string): Promise<void> => {
    let created = queues.get(name);
    if (!created) {
      created = boss.createQueue(name);
      queues.set(name, created);
      created.catch(() => queues.delete(name));
    }
    return created;
  };

  await boss.start();
  try {
    await grantSendToTenantRole(handle, SCHEMA);
    for (const queue of await boss.getQueues()) queues.set(queue.name, Promise.resolve());
    await Promise.all((options.queues ?? []).map(ensureQueue));
  } catch (error) {
    await boss.stop({ graceful: false, close: false }).catch(() => {});
    throw error;
  }

  const stopController = new AbortController();
  const loops = new Set<WorkerLoop>();
  let stopping: Promise<void> | undefined;

  const pause = () => sleep(pollingMs, undefined, { signal: stopController.signal }).catch(() => {});

  /** Runs at most one job; false when there was none. */
  async function runOne<T extends object>(loop: WorkerLoop, handler: JobHandler<T>): Promise<boolean> {
    const [job] = await boss.fetch<T>(loop.name, { batchSize: 1, includeMetadata: true });
    if (!job) return false;
    loop.activeJobId = job.id;
    // retryLimit is more than JobHandler promises; a handler may declare it to know its last attempt.
    const attempt = { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit };
    try {
      await handler(job.data, attempt);
      await boss.complete(loop.name, job.id);
    } catch (error) {
      const last = job.retryCount >= job.retryLimit;
      logger.warn(last ? 'job failed for the last time' : 'job failed, will retry', {
        job: loop.name,
        jobId: job.id,
        retryCount: job.retryCount,
        error,
      });
      await boss.fail(loop.name, job.id, toOutput(error));
    } finally {
      loop.activeJobId = undefined;
    }
    return true;
  }

  function startWorker<T extends object>(name: string, handler: JobHandler<T>): void {
    const loop: WorkerLoop = { name, done: Promise.resolve(), activeJobId: undefined };
    loop.done = (async () => {
      while (!stopController.signal.aborted) {
        try {
          if (!(await runOne(loop, handler))) await pause();
        } catch (error) {
          // The database failed (complete or fail); an unrecorded job is retried after it expires.
          logger.error('job worker could not record a job', { job: name, error });
          await pause();
        }
      }
    })();
    loops.add(loop);
  }

  async function stop(): Promise<void> {
    stopController.abort();
    const timeoutMs = options.stopTimeoutMs ?? 10_000;
    const finished = Promise.all([...loops].map((loop) => loop.done)).then(() => true);
    const timedOut = sleep(timeoutMs, false, { ref: false });
    if (!(await Promise.race([finished, timedOut]))) {
      // Hand unfinished jobs back now rather than after their expiry, so another worker retries them soon.
      for (const loop of loops) {
        if (loop.activeJobId) {
          await boss
            .fail(loop.name, loop.activeJobId, { message: 'worker stopped while the job was running' })
            .catch(() => {});
        }
      }
    }
    await boss.stop({ graceful: false, close: false });
  }

  return {
    async send(name, data, jobOptions = {}, executor?: SqlExecutor) {
      // Creating a queue from inside a transaction would wait for that transaction on PGlite's
      // single connection; on PostgreSQL it runs on another connection and is harmless.
      if (executor && handle.kind === 'pglite') await assertQueueExists(name, executor, queues);
      else await ensureQueue(name);
      return boss.send(name, data, { ...sendOptions(jobOptions), ...(executor ? { db: executor } : {}) });
    },
    async work(name, handler, workOptions = {}) {
      await ensureQueue(name);
      if (!options.roles.worker || stopController.signal.aborted) return;
      for (let index = 0; index < (workOptions.concurrency ?? 1); index++) startWorker(name, handler);
    },
    async schedule(name, cron, data) {
      await ensureQueue(name);
      if (!options.roles.cron) return;
      await boss.schedule(name, cron, data);
    },
    stop() {
      stopping ??= stop();
      return stopping;
    },
  };
}

/**
 * Only the options we expose, so nothing else reaches pg-boss by accident. Note: in pg-boss 10 a
 * singletonKey deduplicates only on a queue with a singleton, stately or short policy.
 */
function sendOptions(options: JobOptions): PgBoss.SendOptions {
  const result: PgBoss.SendOptions = {};
  if (options.retryLimit !== undefined) result.retryLimit = options.retryLimit;
  if (options.retryDelay !== undefined) result.retryDelay = options.retryDelay;
  if (options.retryBackoff !== undefined) result.retryBackoff = options.retryBackoff;
  if (options.singletonKey !== undefined) result.singletonKey = options.singletonKey;
  return result;
}

/** On PGlite, a queue used inside a transaction must exist already: say so loudly rather than lose the job. */
async function assertQueueExists(
  name: string,
  executor: SqlExecutor,
  queues: Map<string, Promise<void>>,
): Promise<void> {
  const known = queues.get(name);
  if (known) return known;
  const { rows } = await executor.executeSql(`select 1 from ${SCHEMA}.queue where name = $1`, [name]);
  if (rows.length === 0) {
    throw new Error(`Job queue "${name}" does not exist; list it in createJobQueue's \`queues\` option`);
  }
  queues.set(name, Promise.resolve());
}

function toOutput(error: unknown): object {
  return error instanceof Error ? { name: error.name, message: error.message } : { message: String(error) };
}
