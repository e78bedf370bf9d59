import { eq, sql } from 'drizzle-orm';
import { enqueueMail } from '../../channels/email/enqueue-mail.js';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { confirmPassword } from './confirm-password.js';
import { publicLink } from './public-links.js';
import { issueUserToken } from './user-tokens.js';

/**
 * A new e-mail address becomes the account's only after its owner confirms it from that mailbox;
 * until then sign-in and mail keep using the old one. The password guards against a borrowed device.
 */
export async function requestEmailChange(
  db: Database,
  jobs: JobQueue,
  publicUrl: string,
  actor: Actor,
  input: { email: string; password: string; ipAddress: string },
): Promise<void> {
  await confirmPassword(db, actor, input.password, input.ipAddress);
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw new DomainError('unauthenticated', 401);
  const email = input.email.trim();
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (taken)
    throw new DomainError('email_taken', 409, { fields: [{ path: 'email', message: 'email_taken' }] });
  await db.transaction(async (tx) => {
    const token = await issueUserToken(tx, {
      userId: user.id,
      organisationId: user.organisationId,
      purpose: 'email_change',
      newEmail: email,
    });
    await enqueueMail(tx, jobs, {
      organisationId: user.organisationId,
      to: email,
      template: 'email-verification',
      language: user.language,
      variables: { verifyUrl: publicLink(publicUrl, '/verify-email', token) },
    });
  });
}
