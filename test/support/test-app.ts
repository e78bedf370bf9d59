import { randomBytes } from 'node:crypto';
import { MAIL_DELIVER_JOB } from '../../server/channels/email/enqueue-mail.js';
import { type Config, loadConfig } from '../../server/config/config.js';
import type { DatabaseKind } from '../../server/db/database.js';
import { createEventBus } from '../../server/events/event-bus.js';
import { EventHub } from '../../server/events/event-hub.js';
import { createApp } from '../../server/http/create-app.js';
import { createLogger, type Logger } from '../../server/http/logger.js';
import type { JobQueue } from '../../server/jobs/job-queue.js';
import { createJobQueue } from '../../server/jobs/pg-boss-queue.js';
import type { Clock } from '../../server/modules/alerts/alert-clock.js';
import { seedDemo } from '../../server/modules/demo/seed-demo.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { DEMO_PASSWORD } from './test-server.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: TestDatabase;
  config: Config;
  /** The platform secret the app signs with (response links, second factors). */
  secretKey: Buffer;
  logger: Logger;
  /** Log lines the app wrote, to check that nothing secret is logged. */
  logLines: string[];
  /** The app's job queue (no worker runs): jobs that mail can be run by hand with it. */
  jobs: JobQueue;
  close(): Promise<void>;
}

/**
 * The HTTP app in this process on a fresh database with the demo organisation: for tests that
 * call `app.request()` without a port. Real database, real event hub, real job queue.
 */
export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  await seedDemo(database.handle.db, DEMO_PASSWORD, { onCall: false });
  const config = loadConfig({ LOG_LEVEL: 'info', ...env });
  const logLines: string[] = [];
  const logger = createLogger('info', (line) => logLines.push(line));
  const jobs = await createJobQueue(database.handle, {
    roles: { worker: false, cron: false },
    queues: [MAIL_DELIVER_JOB],
    logger,
  });
  const secretKey = randomBytes(32);
  const bus = await createEventBus(database.handle);
  const hub = new EventHub(database.handle.db, bus);
  await hub.start();
  const app = createApp({
    config,
    database: database.handle,
    hub,
    jobs,
    logger,
    version: 'test',
    publicUrl: 'http://localhost',
    secretKey,
    ...(options.clock ? { clock: options.clock } : {}),
    isShuttingDown: () => false,
  });
  return {
    app,
    database,
    config,
    secretKey,
    logger,
    logLines,
    jobs,
    async close() {
      await hub.stop();
      await bus.close();
      await jobs.stop();
      await database.drop();
    },
  };
}
