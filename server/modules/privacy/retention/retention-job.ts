import type { DatabaseHandle } from '../../../db/database.js';
import type { Logger } from '../../../http/logger.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { runRetention } from './run-retention.js';

export const RETENTION_JOB = 'privacy.retention';
// Every night at 03:30 UTC, when the fewest people work in Baken.
const RETENTION_CRON = '30 3 * * *';

/** Schedules the retention job (cron role) and runs it (worker role). */
export async function registerRetentionJob(queue: JobQueue, handle: DatabaseHandle, logger: Logger) {
  await queue.work(RETENTION_JOB, async () => {
    const report = await runRetention(handle, new Date(), queue);
    logger.info('retention ran', { ...report });
  });
  await queue.schedule(RETENTION_JOB, RETENTION_CRON);
}
