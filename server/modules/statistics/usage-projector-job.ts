import type { DatabaseHandle } from '../../db/database.js';
import type { Logger } from '../../http/logger.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { runUsageProjector } from './run-usage-projector.js';

export const USAGE_PROJECTOR_JOB = 'statistics.project-usage';
// Every minute: the events outbox keeps a week, and the dashboards catch up themselves on reading.
const USAGE_PROJECTOR_CRON = '* * * * *';

/** Schedules the statistics projector (cron role) and runs it (worker role). */
export async function registerUsageProjectorJob(queue: JobQueue, handle: DatabaseHandle, logger: Logger) {
  await queue.work(USAGE_PROJECTOR_JOB, async () => {
    const run = await runUsageProjector(handle.db, new Date());
    if (run === 'waited') logger.debug('usage statistics wait: an alert is going out');
    else if (run.recorded > 0) logger.debug('usage statistics projected', { ...run });
  });
  await queue.schedule(USAGE_PROJECTOR_JOB, USAGE_PROJECTOR_CRON);
}
