import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { privacyStatementVersions } from './privacy-statement.js';
import { users } from './users.js';

/**
 * How a visitor made a choice: in the cookie banner, in the cookie settings, with the button on the
 * placeholder of third-party content (the map), or through the API.
 */
export const CONSENT_METHODS = ['banner', 'settings', 'placeholder', 'api'] as const;

/**
 * Consent for browser storage and third-party content (P3, P13). Platform-wide, not tenant data:
 * a visitor chooses before anyone knows their organisation. Append-only: a change or a withdrawal
 * is a new record, and the newest record for a consent id is the choice in force; the older ones
 * stay as the proof of what was agreed, when, and under which version of the privacy statement.
 * No IP address and no user agent are kept: the consent id is a random value from a functional
 * first-party cookie, and the user id is only set when the visitor was signed in.
 */
export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey(),
    /** Random, pseudonymous: the value of the browser's consent cookie. */
    consentId: uuid('consent_id').notNull(),
    /** The signed-in account that made the choice; the link goes when the account is erased. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The privacy statement the visitor could read when choosing. */
    statementVersion: integer('statement_version')
      .notNull()
      .references(() => privacyStatementVersions.version),
    /** Functional storage needs no consent; always true, kept so a record reads as the full choice. */
    functional: boolean('functional').notNull().default(true),
    analytics: boolean('analytics').notNull(),
    thirdParty: boolean('third_party').notNull(),
    method: text('method', { enum: CONSENT_METHODS }).notNull(),
    /** The record this one replaces (a change or a withdrawal); null for the first choice. */
    replacesId: uuid('replaces_id').references((): AnyPgColumn => consentRecords.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('consent_records_functional_always', sql`${table.functional}`),
    index('consent_records_consent_id_idx').on(table.consentId, table.createdAt),
    index('consent_records_user_id_idx').on(table.userId),
  ],
);
