import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { confirmPassword } from './confirm-password.js';
import { sendVerificationLink } from './send-verification-link.js';

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
  // Restriction (art. 18): the data is only stored, the person's own changes included.
  if (user.restrictedAt) throw new DomainError('profile_restricted', 409);
  const email = input.email.trim();
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (taken)
    throw new DomainError('email_taken', 409, { fields: [{ path: 'email', message: 'email_taken' }] });
  await db.transaction(async (tx) => {
    await sendVerificationLink(tx, jobs, publicUrl, {
      userId: user.id,
      organisationId: user.organisationId,
      language: user.language,
      to: email,
      purpose: 'email_change',
    });
  });
}
