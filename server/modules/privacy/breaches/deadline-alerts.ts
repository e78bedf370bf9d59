import { and, eq, isNull, lte } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import type { Database } from '../../../db/database.js';
import { dataBreaches } from '../../../db/schema/data-breaches.js';
import { operatorStaff } from '../../../db/schema/operators.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import type { OperatorRole } from '../../../policies/operator.js';
import { NOTIFY_WITHIN_HOURS, notificationDueAt, WARN_WITHIN_HOURS } from './breach-clock.js';

const HOUR_MS = 60 * 60 * 1000;

function staffWithRole(db: Database, role: OperatorRole) {
  return db
    .select({ email: users.email, language: users.language })
    .from(operatorStaff)
    .innerJoin(users, eq(users.id, operatorStaff.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(operatorStaff.role, role),
        eq(users.status, 'active'),
        eq(organisations.isOperator, true),
        isNull(organisations.cancelledAt),
      ),
    );
}

/** The privacy officers; the platform admins when the operator has none, so a warning always lands. */
async function breachKeepers(db: Database) {
  const officers = await staffWithRole(db, 'privacy_officer');
  return officers.length > 0 ? officers : staffWithRole(db, 'platform_admin');
}

/**
 * The hourly look at the register: an open breach without the decision about the Autoriteit
 * Persoonsgegevens is mailed to the privacy officers once when 24 hours or less remain, and once
 * more when the 72 hours have passed. Each stage is claimed with a conditional update in the
 * mail's transaction, so a run that overlaps another (or is retried) never mails a stage twice.
 */
export async function alertBreachDeadlines(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  now: Date,
): Promise<{ breaches: number; mails: number }> {
  const warnFrom = new Date(now.getTime() - (NOTIFY_WITHIN_HOURS - WARN_WITHIN_HOURS) * HOUR_MS);
  const pending = await db
    .select()
    .from(dataBreaches)
    .where(
      and(
        eq(dataBreaches.status, 'open'),
        isNull(dataBreaches.authorityNotifiedAt),
        isNull(dataBreaches.authorityNotNotifiedReason),
        lte(dataBreaches.discoveredAt, warnFrom),
      ),
    );
  const keepers = pending.length > 0 ? await breachKeepers(db) : [];
  let breaches = 0;
  let mails = 0;
  for (const breach of pending) {
    const dueAt = notificationDueAt(breach.discoveredAt);
    const stage = now >= dueAt ? 'overdue' : 'due-soon';
    const column = stage === 'overdue' ? dataBreaches.overdueWarnedAt : dataBreaches.deadlineWarnedAt;
    await db.transaction(async (tx) => {
      const claimed = await tx
        .update(dataBreaches)
        .set(
          stage === 'overdue'
            ? { overdueWarnedAt: now, deadlineWarnedAt: breach.deadlineWarnedAt ?? now }
            : { deadlineWarnedAt: now },
        )
        .where(
          and(
            eq(dataBreaches.id, breach.id),
            isNull(column),
            isNull(dataBreaches.authorityNotifiedAt),
            isNull(dataBreaches.authorityNotNotifiedReason),
          ),
        )
        .returning({ id: dataBreaches.id });
      if (claimed.length === 0) return;
      breaches += 1;
      for (const keeper of keepers) {
        await enqueueMail(tx, jobs, {
          organisationId: null,
          to: keeper.email,
          template: 'data-breach-deadline',
          language: keeper.language,
          variables: {
            stage,
            discoveredAt: breach.discoveredAt.toISOString(),
            dueAt: dueAt.toISOString(),
            description: breach.description,
            breachUrl: `${publicUrl}/operator/breaches/${breach.id}`,
          },
        });
        mails += 1;
      }
    });
  }
  return { breaches, mails };
}
