import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** Where a website conversation stands: waiting for staff or the visitor, asked whether it is answered, done. */
export const SITE_CHAT_STATUSES = ['open', 'answered', 'resolved'] as const;
export const SITE_CHAT_AUTHORS = ['visitor', 'staff'] as const;
/** The contact details staff may ask a visitor for (P9: name, e-mail address, company). */
export const SITE_CHAT_CONTACT_FIELDS = ['name', 'email', 'company'] as const;

export type SiteChatContactField = (typeof SITE_CHAT_CONTACT_FIELDS)[number];

/** What staff asked for, and why; the visitor sees the reason beside the form. */
export interface SiteChatContactRequest {
  fields: SiteChatContactField[];
  reason: string;
  askedAt: string;
}

/**
 * A conversation of a website visitor with the operator's staff (P9). Platform data, not tenant
 * data: visitors have no organisation. The visitor holds a random token; only its SHA-256 is
 * stored. The whole row (and its messages, by cascade) is deleted by the retention job once
 * `purge_after` has passed, which the conversation's use cases keep up to date.
 */
export const siteChatConversations = pgTable(
  'site_chat_conversations',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    language: text('language', { enum: ['nl', 'en'] }).notNull(),
    status: text('status', { enum: SITE_CHAT_STATUSES }).notNull().default('open'),
    /** Since when a visitor's message waits for staff; null when staff spoke last. */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    contactRequest: jsonb('contact_request').$type<SiteChatContactRequest>(),
    /** When the visitor answered the contact request (given or declined). */
    contactAnsweredAt: timestamp('contact_answered_at', { withTimezone: true }),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactCompany: text('contact_company'),
    /** When staff marked the question answered and the visitor was asked whether it is. */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** The visitor's answer to "is your question answered?": true resolves, false reopens. */
    satisfied: boolean('satisfied'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The retention deadline: the next run after this moment deletes the conversation. */
    purgeAfter: timestamp('purge_after', { withTimezone: true }).notNull(),
    /** Goes up with every change, so a waiting visitor or inbox knows it missed nothing. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('site_chat_conversations_purge_idx').on(table.purgeAfter),
    index('site_chat_conversations_email_idx').on(sql`lower(${table.contactEmail})`),
    check('site_chat_conversations_version_positive', sql`${table.version} > 0`),
  ],
);

export const siteChatMessages = pgTable(
  'site_chat_messages',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => siteChatConversations.id, { onDelete: 'cascade' }),
    author: text('author', { enum: SITE_CHAT_AUTHORS }).notNull(),
    /** The staff member who wrote it; null for the visitor, and after that staff member's erasure. */
    staffUserId: uuid('staff_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('site_chat_messages_conversation_idx').on(table.conversationId, table.createdAt)],
);
