import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './users.js';

export const DATA_BREACH_STATUSES = ['open', 'closed'] as const;

/**
 * The operator's register of personal data breaches (GDPR art. 33(5)): what happened, to which
 * data and people, what it may cause and what was done, and the two decisions the law asks for:
 * notifying the Autoriteit Persoonsgegevens within 72 hours of `discovered_at` (art. 33) and
 * informing the people concerned (art. 34), each either done or not needed with the reason.
 * Platform data: written as the connecting user only, after the policies in code allowed it.
 */
export const dataBreaches = pgTable(
  'data_breaches',
  {
    id: uuid('id').primaryKey(),
    /** When the operator became aware of the breach: the 72-hour clock starts here. */
    discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull(),
    /** The nature of the breach, in words. */
    description: text('description').notNull(),
    dataCategories: text('data_categories').notNull(),
    peopleCategories: text('people_categories').notNull(),
    /** Approximate numbers; null while unknown. */
    approximatePeople: integer('approximate_people'),
    approximateRecords: integer('approximate_records'),
    likelyConsequences: text('likely_consequences').notNull().default(''),
    measures: text('measures').notNull().default(''),
    /** Where the authority and the people concerned get more information (art. 33(3)(b)). */
    contactPoint: text('contact_point').notNull(),
    authorityNotifiedAt: timestamp('authority_notified_at', { withTimezone: true }),
    authorityReference: text('authority_reference'),
    /** Why the notification came after the 72 hours (art. 33(1)). */
    authorityDelayReason: text('authority_delay_reason'),
    /** The decision not to notify: the breach is unlikely to result in a risk (art. 33(1)). */
    authorityNotNotifiedReason: text('authority_not_notified_reason'),
    subjectsInformedAt: timestamp('subjects_informed_at', { withTimezone: true }),
    subjectsNotInformedReason: text('subjects_not_informed_reason'),
    status: text('status', { enum: DATA_BREACH_STATUSES }).notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** When the privacy officers were warned that 24 hours or less remain, and that time ran out. */
    deadlineWarnedAt: timestamp('deadline_warned_at', { withTimezone: true }),
    overdueWarnedAt: timestamp('overdue_warned_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('data_breaches_discovered').on(table.discoveredAt),
    check(
      'data_breaches_one_authority_decision',
      sql`${table.authorityNotifiedAt} is null or ${table.authorityNotNotifiedReason} is null`,
    ),
    check(
      'data_breaches_notified_with_reference',
      sql`(${table.authorityNotifiedAt} is null) = (${table.authorityReference} is null)`,
    ),
    check(
      'data_breaches_one_subjects_decision',
      sql`${table.subjectsInformedAt} is null or ${table.subjectsNotInformedReason} is null`,
    ),
    check(
      'data_breaches_closed_with_decisions',
      sql`${table.status} = 'open' or (${table.closedAt} is not null
        and (${table.authorityNotifiedAt} is not null or ${table.authorityNotNotifiedReason} is not null)
        and (${table.subjectsInformedAt} is not null or ${table.subjectsNotInformedReason} is not null))`,
    ),
  ],
);

/**
 * The customer organisations whose data a breach concerns. The operator is their processor and
 * must tell each controller without undue delay (art. 33(2)); their admins read the breach
 * (and only the breaches that concern them: row-level security, migration 0017).
 */
export const dataBreachOrganisations = pgTable(
  'data_breach_organisations',
  {
    breachId: uuid('breach_id')
      .notNull()
      .references(() => dataBreaches.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** When the organisation was marked as affected and its admins were e-mailed. */
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.breachId, table.organisationId] }),
    index('data_breach_organisations_organisation').on(table.organisationId),
  ],
);
