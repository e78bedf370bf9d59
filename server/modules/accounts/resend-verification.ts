import { and, eq, isNull, sql } from 'drizzle-orm';
import { enqueueMail } from '../../channels/email/enqueue-mail.js';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { publicLink } from './public-links.js';
import { issueUserToken } from './user-tokens.js';

/**
 * Sends a fresh confirmation link to an address that has an unconfirmed account; earlier links stop
 * working. The caller answers the same for every address.
 */
export async function resendVerification(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  email: string,
): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(
      and(
        sql`lower(${users.email}) = ${email.trim().toLowerCase()}`,
        eq(users.status, 'active'),
        isNull(users.emailVerifiedAt),
      ),
    );
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueUserToken(tx, {
      userId: user.id,
      organisationId: user.organisationId,
      purpose: 'email_verification',
    });
    await enqueueMail(tx, jobs, {
      organisationId: user.organisationId,
      to: user.email,
      template: 'email-verification',
      language: user.language,
      variables: { verifyUrl: publicLink(publicUrl, '/verify-email', token) },
    });
  });
}
