import { and, eq, inArray } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { mailDate } from '../../../channels/email/templates/privacy-request-texts.js';
import type { Database } from '../../../db/database.js';
import { recipientNotices } from '../../../db/schema/disclosures.js';
import type { Language } from '../../../i18n/language.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { readControllerDetails } from '../statement/controller-details.js';

const BATCH = 200;

const FIELD_NAMES: Record<Language, Record<string, string>> = {
  nl: { name: 'naam', email: 'e-mailadres', phone: 'telefoonnummer', jobTitle: 'functie' },
  en: { name: 'name', email: 'e-mail address', phone: 'phone number', jobTitle: 'job title' },
};

/**
 * Mails the pending notices to recipients (art. 19), each marked `sent` in the transaction that
 * queues its mail, so a notice is mailed once however often the job runs. Runs as the platform,
 * across organisations: the operator is the one who made the disclosures. The notice tells the
 * recipient whom to ask; until the operator has set the controller's e-mail address (P21) there is
 * nobody to name, so the notices wait rather than point at a no-reply address.
 */
export async function sendRecipientNotices(
  db: Database,
  jobs: JobQueue,
  now: Date,
): Promise<{ sent: number; waitingForContact: boolean }> {
  const controller = await readControllerDetails(db);
  const contact = controller.email.trim();
  if (!contact) {
    const [waiting] = await db
      .select({ id: recipientNotices.id })
      .from(recipientNotices)
      .where(eq(recipientNotices.status, 'pending'))
      .limit(1);
    return { sent: 0, waitingForContact: waiting !== undefined };
  }
  return db.transaction(async (tx) => {
    const pending = await tx
      .select()
      .from(recipientNotices)
      .where(eq(recipientNotices.status, 'pending'))
      .orderBy(recipientNotices.createdAt)
      .limit(BATCH)
      .for('update', { skipLocked: true });
    for (const notice of pending) {
      const language: Language = notice.language === 'en' ? 'en' : 'nl';
      const { mailId } = await enqueueMail(tx, jobs, {
        organisationId: notice.organisationId,
        to: notice.recipientAddress ?? '',
        template: 'recipient-notice',
        language,
        variables: {
          controllerName: controller.controllerName || 'Baken',
          controllerEmail: contact,
          change: notice.change as 'rectification' | 'erasure' | 'restriction',
          fields: notice.fields.map((field) => FIELD_NAMES[language][field] ?? field),
          reference: notice.reference,
          disclosedOn: mailDate(notice.disclosedAt.toISOString(), language),
        },
      });
      await tx
        .update(recipientNotices)
        .set({ status: 'sent', mailId, toldAt: now })
        .where(and(eq(recipientNotices.id, notice.id), inArray(recipientNotices.status, ['pending'])));
    }
    return { sent: pending.length, waitingForContact: false };
  });
}
