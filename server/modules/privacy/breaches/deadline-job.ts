import type { DatabaseHandle } from '../../../db/database.js';
import type { Logger } from '../../../http/logger.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { alertBreachDeadlines } from './deadline-alerts.js';

export const BREACH_DEADLINES_JOB = 'privacy.breach-deadlines';
// Every hour: the clock counts hours, and a warning a day late is no warning.
const DEADLINES_CRON = '7 * * * *';

/** Schedules the hourly 72-hour check (cron role) and runs it (worker role). */
export async function registerBreachDeadlineJob(
  queue: JobQueue,
  handle: DatabaseHandle,
  /** Read when the job runs: the web role learns its address after the job is registered. */
  publicUrl: () => string,
  logger: Logger,
) {
  await queue.work(BREACH_DEADLINES_JOB, async () => {
    const result = await alertBreachDeadlines(handle.db, queue, publicUrl(), new Date());
    logger.info('breach deadlines checked', { ...result });
  });
  await queue.schedule(BREACH_DEADLINES_JOB, DEADLINES_CRON);
}
