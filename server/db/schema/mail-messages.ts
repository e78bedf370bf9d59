import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'stored', 'failed'] as const;

/**
 * Every e-mail Baken sends. With SMTP configured it records delivery; without, it is the local
 * outbox operators read in the app ("stored"). The id doubles as the Message-ID, so a retry after
 * a crash is recognisable as the same message.
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    template: text('template').notNull(),
    language: text('language').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [index('mail_messages_created_idx').on(table.createdAt)],
);
