import { and, eq, sql } from 'drizzle-orm';
import { enqueueMail } from '../../channels/email/enqueue-mail.js';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { publicLink } from './public-links.js';
import { issueUserToken, TOKEN_LIFETIME_MINUTES } from './user-tokens.js';

/**
 * Sends a reset link when the address belongs to an active account. The caller answers the same
 * whether or not it does, so the form reveals nothing about who has an account.
 */
export async function requestPasswordReset(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  email: string,
): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`, eq(users.status, 'active')));
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueUserToken(tx, {
      userId: user.id,
      organisationId: user.organisationId,
      purpose: 'password_reset',
    });
    await enqueueMail(tx, jobs, {
      organisationId: user.organisationId,
      to: user.email,
      template: 'password-reset',
      language: user.language,
      variables: {
        resetUrl: publicLink(publicUrl, '/reset-password', token),
        expiresInMinutes: TOKEN_LIFETIME_MINUTES.password_reset,
      },
    });
  });
}
