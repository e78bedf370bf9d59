import { and, eq, isNull } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import type { Transaction } from '../../../db/database.js';
import { erasureSchedule } from '../../../db/schema/erasure-schedule.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { readControllerDetails } from '../statement/controller-details.js';
import type { Postponement } from './erasure-result.js';

/**
 * Tells a person whose scheduled erasure was just postponed why it waits (a legal hold's ground,
 * reason and end date, or an open incident), so an exception is reported to them and not only
 * kept in the audit log (art. 12(4), 17(3)). Once per schedule: the nightly job tries again every
 * day, and the person should hear once, not every morning. The schedule row is claimed in the
 * transaction that queues the mail, so two runs at once cannot both send it.
 */
// @promise P17 a person whose erasure waits under an exception is told why, once, by e-mail
export async function tellPostponedErasure(
  tx: Transaction,
  jobs: JobQueue,
  schedule: { id: string; organisationId: string; userId: string },
  postponed: Postponement,
  now: Date,
): Promise<boolean> {
  const claimed = await tx
    .update(erasureSchedule)
    .set({ postponementToldAt: now })
    .where(and(eq(erasureSchedule.id, schedule.id), isNull(erasureSchedule.postponementToldAt)))
    .returning({ id: erasureSchedule.id });
  if (claimed.length === 0) return false;
  const [found] = await tx
    .select({ email: users.email, language: users.language, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, schedule.userId), eq(users.organisationId, schedule.organisationId)));
  if (!found) return false;
  await enqueueMail(tx, jobs, {
    organisationId: schedule.organisationId,
    to: found.email,
    template: 'erasure-postponed',
    language: found.language,
    variables: {
      organisationName: found.organisationName,
      reason: postponed.reason[found.language],
      article: postponed.article,
      controller: await readControllerDetails(tx),
    },
  });
  return true;
}
