import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { mailMessages } from '../../db/schema/mail-messages.js';
import { executorFor } from '../../db/sql-executor.js';
import type { Language } from '../../i18n/language.js';
import type { JobOptions, JobQueue } from '../../jobs/job-queue.js';
import { type MailTemplateName, type MailTemplateVariables, renderMail } from './mail-templates.js';

export const MAIL_DELIVER_JOB = 'mail.deliver';

export interface MailDeliverJob {
  mailId: string;
}

export interface EnqueueMailInput<Name extends MailTemplateName> {
  organisationId: string | null;
  to: string;
  template: Name;
  language: Language;
  variables: MailTemplateVariables[Name];
}

/**
 * Renders a mail, stores it as queued and enqueues its delivery, all in the caller's transaction:
 * the mail exists only if the change that caused it commits, and it is sent afterwards by a worker,
 * never inside the request.
 */
export async function enqueueMail<Name extends MailTemplateName>(
  tx: Transaction,
  queue: JobQueue,
  input: EnqueueMailInput<Name>,
  jobOptions?: JobOptions,
): Promise<{ mailId: string }> {
  const rendered = renderMail(input.template, input.language, input.variables);
  const mailId = uuidv7();
  await tx.insert(mailMessages).values({
    id: mailId,
    organisationId: input.organisationId,
    template: input.template,
    language: input.language,
    toAddress: input.to.trim(),
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    status: 'queued',
  });
  const job: MailDeliverJob = { mailId };
  const jobId = await queue.send(MAIL_DELIVER_JOB, job, jobOptions, executorFor(tx));
  if (jobId === null) throw new Error(`Delivery of mail ${mailId} was not enqueued`);
  return { mailId };
}
