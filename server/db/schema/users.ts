import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const USER_ROLES = ['admin', 'member'] as const;
export const USER_STATUSES = ['invited', 'active', 'deactivated', 'cancelled'] as const;
export const NOTIFICATION_CHANNELS = ['push', 'email', 'sms'] as const;

/** Hours in the user's time zone when non-crisis notifications wait; crisis alerts ignore them. */
export interface QuietHours {
  from: string;
  until: string;
}
export const LANGUAGES = ['nl', 'en'] as const;

/** A person with an account in one organisation. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    jobTitle: text('job_title'),
    passwordHash: text('password_hash'),
    role: text('role', { enum: USER_ROLES }).notNull().default('member'),
    status: text('status', { enum: USER_STATUSES }).notNull().default('active'),
    language: text('language', { enum: LANGUAGES }).notNull().default('nl'),
    timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
    notificationChannels: jsonb('notification_channels')
      .$type<(typeof NOTIFICATION_CHANNELS)[number][]>()
      .notNull()
      .default(['push', 'email']),
    quietHours: jsonb('quiet_hours').$type<QuietHours | null>(),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /**
     * Processing restricted at the person's request (GDPR art. 18): their data is only stored, so
     * they are not alerted and appear in no statistic. Set and lifted by the privacy officer.
     */
    restrictedAt: timestamp('restricted_at', { withTimezone: true }),
    /** The privacy statement version this person was last told about (P16); null: none yet. */
    privacyStatementSeenVersion: integer('privacy_statement_seen_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One account per e-mail address on the platform, so sign-in needs no organisation field.
  (table) => [uniqueIndex('users_email_unique').on(sql`lower(${table.email})`)],
);
