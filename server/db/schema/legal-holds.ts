import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { incidents } from './incidents.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

/** The grounds of GDPR art. 17(3) a hold may rest on. */
export const LEGAL_HOLD_GROUNDS = ['legal-claim', 'legal-obligation'] as const;

/**
 * A legal hold (GDPR art. 17(3)(b) and (e)): a person's data, or an incident's record, must be kept
 * beyond an erasure request or its retention period, for a stated ground and reason, until a date
 * (when it is reviewed) or until it is lifted. Erasure and the retention job honour active holds.
 * Written as the connecting user only; tenants read their organisation's rows (access report).
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'cascade' }),
    ground: text('ground', { enum: LEGAL_HOLD_GROUNDS }).notNull(),
    reason: text('reason').notNull(),
    until: timestamp('until', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedBy: uuid('lifted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('legal_holds_user').on(table.userId),
    index('legal_holds_incident').on(table.incidentId),
    index('legal_holds_organisation').on(table.organisationId, table.createdAt),
    check('legal_holds_on_something', sql`${table.userId} is not null or ${table.incidentId} is not null`),
  ],
);
