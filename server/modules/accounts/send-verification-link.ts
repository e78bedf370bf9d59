import { enqueueMail } from '../../channels/email/enqueue-mail.js';
import type { Transaction } from '../../db/database.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { publicLink } from './public-links.js';
import { issueUserToken } from './user-tokens.js';

export interface VerificationTarget {
  userId: string;
  organisationId: string;
  language: 'nl' | 'en';
  /** The address to confirm: the account's own, or the new one of an e-mail change. */
  to: string;
  purpose: 'email_verification' | 'email_change';
}

/** Mails a single-use link that confirms an address, in the caller's transaction. */
export async function sendVerificationLink(
  tx: Transaction,
  jobs: JobQueue,
  publicUrl: string,
  target: VerificationTarget,
) {
  const token = await issueUserToken(tx, {
    userId: target.userId,
    organisationId: target.organisationId,
    purpose: target.purpose,
    ...(target.purpose === 'email_change' ? { newEmail: target.to } : {}),
  });
  await enqueueMail(tx, jobs, {
    organisationId: target.organisationId,
    to: target.to,
    template: 'email-verification',
    language: target.language,
    variables: { verifyUrl: publicLink(publicUrl, '/verify-email', token) },
  });
}
