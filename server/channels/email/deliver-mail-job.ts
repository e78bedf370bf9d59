import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../db/database.js';
import { mailMessages } from '../../db/schema/mail-messages.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { MAIL_DELIVER_JOB, type MailDeliverJob } from './enqueue-mail.js';
import type { MailTransport } from './mail-transport.js';

const DONE = ['sent', 'stored'] as const;

/** Which attempt this is; `retryLimit` (given by the pg-boss queue) tells the last one. */
export interface DeliveryAttempt {
  retryCount: number;
  retryLimit?: number;
}

export type DeliveryOutcome = 'sent' | 'stored' | 'skipped';

/**
 * Delivers one stored mail. The attempt is recorded before the hand-over, so a mail that is sent
 * or stored is never handed over again; a crash during the hand-over can repeat it, with the same
 * Message-ID. A failure is recorded and rethrown so the queue retries; the last one marks it failed.
 */
export async function deliverMail(
  db: Database,
  transport: MailTransport,
  mailId: string,
  attempt: DeliveryAttempt,
): Promise<DeliveryOutcome> {
  const [message] = await db
    .update(mailMessages)
    .set({ status: 'sending', attempts: sql`${mailMessages.attempts} + 1` })
    .where(and(eq(mailMessages.id, mailId), notInArray(mailMessages.status, [...DONE])))
    .returning();
  // Gone (its organisation was erased) or already delivered by an earlier attempt.
  if (!message) return 'skipped';
  try {
    const { kind } = await transport.deliver({
      id: message.id,
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
    });
    await db
      .update(mailMessages)
      .set({ status: kind, sentAt: new Date(), lastError: null })
      .where(eq(mailMessages.id, mailId));
    return kind;
  } catch (error) {
    const last = attempt.retryLimit !== undefined && attempt.retryCount >= attempt.retryLimit;
    await db
      .update(mailMessages)
      .set({ status: last ? 'failed' : 'queued', lastError: describeError(error) })
      .where(eq(mailMessages.id, mailId));
    throw error;
  }
}

/** Registers the `mail.deliver` handler; it runs only where the queue has the worker role. */
export async function registerMailJobs(
  queue: JobQueue,
  handle: DatabaseHandle,
  transport: MailTransport,
): Promise<void> {
  await queue.work<MailDeliverJob>(
    MAIL_DELIVER_JOB,
    async (data, job: { id: string } & DeliveryAttempt) => {
      await deliverMail(handle.db, transport, data.mailId, job);
    },
    { concurrency: 2 },
  );
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
