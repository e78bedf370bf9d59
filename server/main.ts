import { startAlertWorker } from './channels/alert-delivery/start-alert-worker.js';
import { registerMailJobs } from './channels/email/deliver-mail-job.js';
import { MAIL_DELIVER_JOB } from './channels/email/enqueue-mail.js';
import { createMailTransport } from './channels/email/mail-transport.js';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { VERSION, WEB_ROOT } from './config/paths.js';
import { loadSecretKey } from './config/secret-key.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { markDataDirInitialised, openDatabase } from './db/open-database.js';
import { DataDirBrokenError } from './db/open-pglite.js';
import { createEventBus } from './events/event-bus.js';
import { EventHub } from './events/event-hub.js';
import { createApp } from './http/create-app.js';
import { listen, PortInUseError } from './http/listen.js';
import { createLogger, type Logger } from './http/logger.js';
import { createJobQueue } from './jobs/pg-boss-queue.js';
import { databaseIsEmpty, formatDemoLogin, seedDemo } from './modules/demo/seed-demo.js';
import { registerBreachDeadlineJob } from './modules/privacy/breaches/deadline-job.js';
import { registerRecipientNoticeJob } from './modules/privacy/recipient-notices/recipient-notice-job.js';
import { registerPrivacyRequestDeadlineJob } from './modules/privacy/requests/deadline-job.js';
import { registerRetentionJob } from './modules/privacy/retention/retention-job.js';
import { registerUsageProjectorJob } from './modules/statistics/usage-projector-job.js';

/** Problems a person can fix, printed as a sentence instead of a stack trace. */
const EXPECTED_START_ERRORS = [ConfigError, DataDirLockedError, DataDirBrokenError, PortInUseError];

async function start(config: Config, logger: Logger): Promise<void> {
  const roles = new Set(config.ROLES);
  const { handle: database, firstStart } = await openDatabase(config);
  const cleanups: (() => Promise<void>)[] = [() => database.close()];
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info('shutting down', { signal });
    const timeout = setTimeout(() => {
      logger.error('shutdown took too long; exiting', { timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => logger.error('cleanup failed', { error }));
    clearTimeout(timeout);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const secretKey = loadSecretKey(config);
  let publicUrl: string | undefined = config.PUBLIC_URL;
  const seedDemoData = config.DEMO ?? !config.DATABASE_URL;
  const demoLogin =
    seedDemoData && (await databaseIsEmpty(database.db))
      ? await seedDemo(database.db, config.DEMO_PASSWORD)
      : undefined;
  if (firstStart && config.DATABASE_URL === undefined) markDataDirInitialised(config.DATA_DIR);

  const jobs = await createJobQueue(database, {
    roles: { worker: roles.has('worker'), cron: roles.has('cron') },
    // Queues sent to inside transactions must exist before the first send (see pg-boss-queue.ts).
    queues: [MAIL_DELIVER_JOB],
    logger,
  });
  cleanups.push(() => jobs.stop());
  await registerRetentionJob(jobs, database, logger);
  await registerUsageProjectorJob(jobs, database, logger);
  await registerPrivacyRequestDeadlineJob(jobs, database, () => publicUrl ?? '', logger);
  await registerBreachDeadlineJob(jobs, database, () => publicUrl ?? '', logger);
  await registerRecipientNoticeJob(jobs, database, logger);
  if (roles.has('worker')) {
    await registerMailJobs(jobs, database, createMailTransport(config));
    const alertWorker = await startAlertWorker({
      handle: database,
      config,
      secretKey,
      // A worker without the web role builds response links from PUBLIC_URL.
      publicUrl: () => publicUrl ?? '',
      logger,
    });
    cleanups.push(() => alertWorker.stop());
  }

  if (!roles.has('web')) {
    logger.info('started', { roles: [...roles], database: database.kind, version: VERSION });
    return;
  }
  const bus = await createEventBus(database);
  cleanups.push(() => bus.close());
  const hub = new EventHub(database.db, bus);
  await hub.start();
  const app = createApp({
    config,
    database,
    hub,
    jobs,
    logger,
    version: VERSION,
    secretKey,
    // Known only once the port is bound (PORT=0 picks one); read lazily by the routes.
    get publicUrl() {
      return publicUrl ?? '';
    },
    webRoot: WEB_ROOT,
    isShuttingDown: () => shuttingDown,
  });
  const running = await listen(app.fetch, config);
  publicUrl ??= `${running.protocol}://localhost:${running.port}`;
  cleanups.push(async () => {
    // Stop taking connections, end live streams, then let in-flight requests finish.
    const closed = new Promise<void>((resolve) => running.server.close(() => resolve()));
    await hub.stop();
    if ('closeIdleConnections' in running.server) running.server.closeIdleConnections();
    await closed;
  });
  const url = publicUrl;
  if (demoLogin) process.stdout.write(`\n${formatDemoLogin(demoLogin, url)}\n\n`);
  logger.info('listening', {
    url,
    port: running.port,
    roles: [...roles],
    database: database.kind,
    version: VERSION,
  });
}

const logger = createLogger((process.env.LOG_LEVEL as Parameters<typeof createLogger>[0]) ?? 'info');
try {
  const config = loadConfig(process.env, process.argv.slice(2));
  await start(config, createLogger(config.LOG_LEVEL));
} catch (error) {
  if (EXPECTED_START_ERRORS.some((type) => error instanceof type)) {
    process.stderr.write(`\nBaken could not start: ${(error as Error).message}\n\n`);
  } else {
    logger.error('start failed', { error });
  }
  process.exit(1);
}
