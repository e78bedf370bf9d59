import type { DatabaseHandle } from '../../../db/database.js';
import type { Logger } from '../../../http/logger.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { sendRecipientNotices } from './send-recipient-notices.js';

export const RECIPIENT_NOTICES_JOB = 'privacy.recipient-notices';
// Every five minutes: a recipient hears of a change within minutes, and a quiet run costs one query.
const RECIPIENT_NOTICES_CRON = '*/5 * * * *';

/** Schedules the mailing of notices to recipients (cron role) and runs it (worker role). */
export async function registerRecipientNoticeJob(queue: JobQueue, handle: DatabaseHandle, logger: Logger) {
  await queue.work(RECIPIENT_NOTICES_JOB, async () => {
    const result = await sendRecipientNotices(handle.db, queue, new Date());
    if (result.sent > 0) logger.info('recipients told of changes to disclosed data', { ...result });
    if (result.waitingForContact)
      logger.warn('notices to recipients wait: set the controller’s e-mail address in the privacy statement');
  });
  await queue.schedule(RECIPIENT_NOTICES_JOB, RECIPIENT_NOTICES_CRON);
}
