import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { sendVerificationLink } from './send-verification-link.js';

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
    await sendVerificationLink(tx, jobs, publicUrl, {
      userId: user.id,
      organisationId: user.organisationId,
      language: user.language,
      to: user.email,
      purpose: 'email_verification',
    });
  });
}
