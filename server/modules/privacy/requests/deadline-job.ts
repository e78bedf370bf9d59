import type { DatabaseHandle } from '../../../db/database.js';
import type { Logger } from '../../../http/logger.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { alertDueRequests } from './deadline-alerts.js';

export const PRIVACY_REQUEST_DEADLINES_JOB = 'privacy.request-deadlines';
// Every morning at 07:00 UTC, before the working day in the Netherlands.
const DEADLINES_CRON = '0 7 * * *';

/** Schedules the daily deadline alert (cron role) and runs it (worker role). */
export async function registerPrivacyRequestDeadlineJob(
  queue: JobQueue,
  handle: DatabaseHandle,
  /** Read when the job runs: the web role learns its address after the job is registered. */
  publicUrl: () => string,
  logger: Logger,
) {
  await queue.work(PRIVACY_REQUEST_DEADLINES_JOB, async () => {
    const result = await alertDueRequests(handle.db, queue, publicUrl(), new Date());
    logger.info('privacy request deadlines checked', { ...result });
  });
  await queue.schedule(PRIVACY_REQUEST_DEADLINES_JOB, DEADLINES_CRON);
}
