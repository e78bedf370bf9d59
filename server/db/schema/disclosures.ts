import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './users.js';

/**
 * Every actual disclosure of personal data to a third party (P11): to whom, what, about whom, on
 * which ground, with which reference, when and who recorded it. `kind` and `legal_basis` are ids
 * from the disclosures and legal-bases registers in code (modules/privacy/disclosures.ts), which
 * also decides which ground a kind allows. `organisation_id` is the organisation of the person
 * concerned (its admins see the record); null when the person has no account with an organisation.
 * Written as the connecting user only; tenants read their organisation's rows (access report).
 */
export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    // The register outlives the organisation it concerned (kept as evidence, P11): an erased
    // organisation leaves its disclosures without an organisation, not without a record.
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** The person whose data was disclosed, when they have an account; the link goes on erasure. */
    subjectUserId: uuid('subject_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** About whom, in words, when there is no account or more needs saying. */
    subjectDescription: text('subject_description'),
    recipient: text('recipient').notNull(),
    /** Where it went: the recipient's e-mail address or office, when known. */
    recipientAddress: text('recipient_address'),
    /** What was disclosed, in words: never the data itself. */
    dataDescription: text('data_description').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** The order's or case number, the person's own instruction… */
    reference: text('reference'),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('disclosures_organisation').on(table.organisationId, table.disclosedAt),
    index('disclosures_subject').on(table.subjectUserId),
  ],
);

/**
 * A portability package (GDPR art. 20) the person asked to have delivered to a third party: a
 * single-use, expiring link goes to the recipient's address. Only the SHA-256 of the link's token
 * is kept; the package is built when the link is used, so no copy of the data waits in the database.
 */
export const portabilityTransfers = pgTable(
  'portability_transfers',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipientName: text('recipient_name').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    disclosureId: uuid('disclosure_id').references(() => disclosures.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('portability_transfers_user').on(table.userId)],
);

/**
 * A recipient of a disclosure who must be told that the data they received was corrected, erased
 * or restricted (GDPR art. 19). Written in the transaction of the change itself, so no change goes
 * without its notices. The notice names the disclosure by its date and reference, never the
 * person: it outlives an erasure. `pending` notices with an e-mail address are mailed by a job
 * (`sent`); one without an address waits (`to_tell`) until a handler records how the recipient
 * was told (`told`).
 */
export const recipientNotices = pgTable(
  'recipient_notices',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    disclosureId: uuid('disclosure_id').references(() => disclosures.id, { onDelete: 'set null' }),
    /** `rectification`, `erasure` or `restriction`. */
    change: text('change').notNull(),
    /** For a rectification: which fields were corrected (names of fields, never values). */
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    recipient: text('recipient').notNull(),
    recipientAddress: text('recipient_address'),
    reference: text('reference'),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull(),
    language: text('language').notNull(),
    status: text('status').notNull(),
    mailId: uuid('mail_id'),
    toldAt: timestamp('told_at', { withTimezone: true }),
    toldBy: uuid('told_by').references(() => users.id, { onDelete: 'set null' }),
    /** How the recipient was told, when not by e-mail (letter, phone call with whom). */
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('recipient_notices_organisation').on(table.organisationId, table.createdAt),
    index('recipient_notices_pending').on(table.status),
    check('recipient_notices_change', sql`${table.change} in ('rectification', 'erasure', 'restriction')`),
    check('recipient_notices_status', sql`${table.status} in ('pending', 'sent', 'to_tell', 'told')`),
  ],
);
