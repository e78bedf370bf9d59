import { and, count, eq } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import type { Transaction } from '../../../db/database.js';
import { auditLog } from '../../../db/schema/audit-log.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { readControllerDetails } from '../statement/controller-details.js';
import type { Postponement } from './erasure-result.js';

/**
 * Tells a person whose scheduled erasure was just postponed why it waits (a legal hold's ground,
 * reason and end date, or an open incident), so an exception is reported to them and not only
 * kept in the audit log (art. 12(4), 17(3)). Only on the first postponement: the nightly job tries
 * again every day, and the person should hear once, not every morning.
 */
// @promise P17 a person whose erasure waits under an exception is told why, once, by e-mail
export async function tellPostponedErasure(
  tx: Transaction,
  jobs: JobQueue,
  person: { organisationId: string; userId: string },
  postponed: Postponement,
): Promise<boolean> {
  const [earlier] = await tx
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'personal_data.erasure_postponed'), eq(auditLog.targetId, person.userId)));
  // The entry of this very postponement is already written in this transaction.
  if ((earlier?.n ?? 0) > 1) return false;
  const [found] = await tx
    .select({ email: users.email, language: users.language, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, person.userId), eq(users.organisationId, person.organisationId)));
  if (!found) return false;
  await enqueueMail(tx, jobs, {
    organisationId: person.organisationId,
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
