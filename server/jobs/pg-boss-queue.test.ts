import { TransactionRollbackError } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories/organisation.js';
import { createTestDatabase, type TestDatabase, testBackends } from '../../test/support/test-database.js';
import { executorFor } from '../db/sql-executor.js';
import { inTenant } from '../db/tenant-transaction.js';
import type { Logger } from '../http/logger.js';
import type { JobQueue } from './job-queue.js';
import { createJobQueue, type JobQueueOptions } from './pg-boss-queue.js';

const backends = await testBackends();

/** A promise with its resolve function, to await the moment a handler reports in. */
function signal<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe.each(backends)('jobs [%s]', (kind) => {
  let database: TestDatabase;
  const started: JobQueue[] = [];
  // pg-boss reports its own trouble as errors; none is expected in these tests.
  const errors: unknown[] = [];
  const logger: Pick<Logger, 'warn' | 'error'> = {
    warn: () => {},
    error: (message, fields) => errors.push({ message, ...fields }),
  };

  async function startQueue(roles: JobQueueOptions['roles'], queues: string[] = []): Promise<JobQueue> {
    const queue = await createJobQueue(database.handle, { roles, queues, logger });
    started.push(queue);
    return queue;
  }

  async function jobState(id: string | null): Promise<string | undefined> {
    const { rows } = await database.handle.executeSql('select state from pgboss.job where id = $1', [id]);
    return rows[0]?.state as string | undefined;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((queue) => queue.stop()));
    expect(errors.splice(0)).toEqual([]);
  });
  afterAll(() => database.drop());

  it('retries a job whose handler fails the first time, then completes it', async () => {
    const queue = await startQueue({ worker: true, cron: false });
    const retryCounts: number[] = [];
    const succeeded = signal<string>();
    await queue.work<{ label: string }>('test.flaky', async (_data, job) => {
      retryCounts.push(job.retryCount);
      if (job.retryCount === 0) throw new Error('the first attempt fails');
      succeeded.resolve(job.id);
    });

    const id = await queue.send('test.flaky', { label: 'flaky' }, { retryDelay: 1, retryBackoff: false });

    expect(await succeeded.promise).toBe(id);
    // stop() waits for the worker to record the outcome, so the state is final afterwards.
    await queue.stop();
    expect(retryCounts).toEqual([0, 1]);
    expect(await jobState(id)).toBe('completed');
  });

  it('runs a job from a committed transaction and never one from a rolled-back transaction', async () => {
    // The sender has no worker role, like a web process; a second instance does the work.
    const sender = await startQueue({ worker: false, cron: false }, ['test.transactional']);
    const worker = await startQueue({ worker: true, cron: false });
    const ran: string[] = [];
    const committedRan = signal();
    await sender.work<{ label: string }>('test.transactional', async () => {
      ran.push('ran in a process without the worker role');
    });
    await worker.work<{ label: string }>('test.transactional', async (data) => {
      ran.push(data.label);
      if (data.label === 'committed') committedRan.resolve();
    });

    let rolledBackId: string | null = null;
    await expect(
      database.handle.db.transaction(async (tx) => {
        rolledBackId = await sender.send('test.transactional', { label: 'rolled back' }, {}, executorFor(tx));
        tx.rollback();
      }),
    ).rejects.toThrow(TransactionRollbackError);
    const committedId = await database.handle.db.transaction((tx) =>
      sender.send('test.transactional', { label: 'committed' }, {}, executorFor(tx)),
    );

    await committedRan.promise;
    await worker.stop();
    // Jobs run oldest first, so the rolled-back job, had it existed, would have run before.
    expect(ran).toEqual(['committed']);
    expect(rolledBackId).not.toBeNull();
    expect(await jobState(rolledBackId)).toBeUndefined();
    expect(await jobState(committedId)).toBe('completed');
  });

  it('enqueues from a request transaction running under row-level security', async () => {
    const { organisation } = await buildOrganisation(database.handle.db);
    const queue = await startQueue({ worker: true, cron: false }, ['test.tenant']);
    const received = signal<string>();
    await queue.work<{ organisationId: string }>('test.tenant', async (data) => {
      received.resolve(data.organisationId);
    });

    await inTenant(database.handle.db, organisation.id, (tx) =>
      queue.send('test.tenant', { organisationId: organisation.id }, {}, executorFor(tx)),
    );

    expect(await received.promise).toBe(organisation.id);
  });

  it('enqueues in a transaction to an undeclared queue on PostgreSQL, and refuses on PGlite', async () => {
    const queue = await startQueue({ worker: false, cron: false });
    const sending = database.handle.db.transaction((tx) =>
      queue.send('test.undeclared', {}, {}, executorFor(tx)),
    );
    if (kind === 'pglite') {
      // Creating it would wait for the very transaction that asks: a clear error instead of a hang.
      await expect(sending).rejects.toThrow(/does not exist/);
    } else {
      expect(await jobState(await sending)).toBe('created');
    }
  });

  it('keeps cron schedules for processes with the cron role', async () => {
    const web = await startQueue({ worker: false, cron: false });
    const cron = await startQueue({ worker: false, cron: true });
    await web.schedule('test.from-web', '0 3 * * *');
    await cron.schedule('test.nightly', '0 3 * * *', { scope: 'all' });
    const { rows } = await database.handle.executeSql('select name, cron, data from pgboss.schedule');
    expect(rows).toEqual([{ name: 'test.nightly', cron: '0 3 * * *', data: { scope: 'all' } }]);
  });

  it('stops twice without complaint', async () => {
    const queue = await startQueue({ worker: true, cron: true });
    await queue.work('test.idle', async () => {});
    await Promise.all([queue.stop(), queue.stop()]);
    await queue.stop();
  });
});
