import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/** The statement's generated sections as they read when a version was published (see statement/). */
export interface PublishedGeneratedSections {
  nl: unknown;
  en: unknown;
}

/**
 * Published versions of the privacy statement (P16). Platform-wide, not tenant data: everyone
 * reads it, only operator staff publish, and a published version is never changed. The operator
 * writes the free sections; the generated sections come from the registers in code, and are kept
 * here as they read at publication so an earlier version can be shown and compared as published.
 */
export const privacyStatementVersions = pgTable(
  'privacy_statement_versions',
  {
    version: integer('version').primaryKey(),
    introductionNl: text('introduction_nl').notNull(),
    introductionEn: text('introduction_en').notNull(),
    closingNl: text('closing_nl').notNull(),
    closingEn: text('closing_en').notNull(),
    changeSummaryNl: text('change_summary_nl').notNull(),
    changeSummaryEn: text('change_summary_en').notNull(),
    generatedSections: jsonb('generated_sections').$type<PublishedGeneratedSections>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for the default text made on first start, and after the publisher's account is erased. */
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [check('privacy_statement_versions_positive', sql`${table.version} > 0`)],
);

/**
 * The controller's contact details (P21), one row: settings of the platform, not of a version, so
 * a new phone number is shown at once in the statement, the footer and request answers without
 * publishing a new statement.
 */
export const privacyController = pgTable(
  'privacy_controller',
  {
    id: integer('id').primaryKey().default(1),
    controllerName: text('controller_name').notNull().default(''),
    postalAddress: text('postal_address').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    chamberOfCommerceNumber: text('chamber_of_commerce_number').notNull().default(''),
    privacyOfficerContact: text('privacy_officer_contact').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [check('privacy_controller_single_row', sql`${table.id} = 1`)],
);
