import { and, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import type { Database } from '../../../db/database.js';
import { operatorStaff } from '../../../db/schema/operators.js';
import { organisations } from '../../../db/schema/organisations.js';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import { users } from '../../../db/schema/users.js';
import type { Language } from '../../../i18n/language.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { currentDueAt, type PrivacyRequestRow } from './request-store.js';

const WARN_DAYS = 7;

interface Handler {
  email: string;
  language: Language;
}

async function platformHandlers(db: Database): Promise<Handler[]> {
  return db
    .select({ email: users.email, language: users.language })
    .from(operatorStaff)
    .innerJoin(users, eq(users.id, operatorStaff.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        inArray(operatorStaff.role, ['privacy_officer', 'platform_admin']),
        eq(users.status, 'active'),
        eq(organisations.isOperator, true),
        isNull(organisations.cancelledAt),
      ),
    );
}

function organisationHandlers(db: Database, organisationId: string): Promise<Handler[]> {
  return db
    .select({ email: users.email, language: users.language })
    .from(users)
    .where(
      and(eq(users.organisationId, organisationId), eq(users.role, 'admin'), eq(users.status, 'active')),
    );
}

/**
 * The daily look at every open request: those overdue or due within 7 days are mailed to their
 * handlers, one mail per handler. A request paused for the requester's identity is not counted:
 * its clock stands still (P19).
 */
// @promise P19 overdue requests, and those due within a week, are alerted to their handlers daily
export async function alertDueRequests(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  now: Date,
): Promise<{ requests: number; mails: number }> {
  const horizon = new Date(now.getTime() + WARN_DAYS * 24 * 60 * 60 * 1000);
  const due = await db
    .select()
    .from(privacyRequests)
    .where(
      and(
        isNull(privacyRequests.closedAt),
        ne(privacyRequests.status, 'awaiting_identity'),
        or(
          lte(privacyRequests.extendedUntil, horizon),
          and(isNull(privacyRequests.extendedUntil), lte(privacyRequests.dueAt, horizon)),
        ),
      ),
    )
    .orderBy(sql`coalesce(${privacyRequests.extendedUntil}, ${privacyRequests.dueAt})`);
  const byController = new Map<string | null, PrivacyRequestRow[]>();
  for (const request of due) {
    byController.set(request.organisationId, [...(byController.get(request.organisationId) ?? []), request]);
  }
  let mails = 0;
  for (const [organisationId, requests] of byController) {
    const handlers =
      organisationId === null ? await platformHandlers(db) : await organisationHandlers(db, organisationId);
    const queueUrl = `${publicUrl}${organisationId === null ? '/operator/privacy-requests' : '/admin/privacy-requests'}`;
    await db.transaction(async (tx) => {
      for (const handler of handlers) {
        await enqueueMail(tx, jobs, {
          organisationId,
          to: handler.email,
          template: 'privacy-request-deadline',
          language: handler.language,
          variables: {
            queueUrl,
            requests: requests.map((request) => ({
              right: request.right,
              dueAt: currentDueAt(request).toISOString(),
              overdue: currentDueAt(request) < now,
            })),
          },
        });
        mails += 1;
      }
    });
  }
  return { requests: due.length, mails };
}
