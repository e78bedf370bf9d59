import { eq } from 'drizzle-orm';
import { mailMessages } from '../../server/db/schema/mail-messages.js';
import type { TestApp } from './test-app.js';

/** The mails of one template the app queued for `address`, oldest first. */
export async function mailsTo(testApp: TestApp, address: string, template: string) {
  return (
    await testApp.database.handle.db.select().from(mailMessages).where(eq(mailMessages.toAddress, address))
  )
    .filter((mail) => mail.template === template)
    .sort((a, b) => a.id.localeCompare(b.id));
}
