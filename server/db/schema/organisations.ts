import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A customer organisation (tenant): a municipality, safety region, hospital, school or company. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** When on, every member must set up a second factor before using Baken. */
  requireSecondFactor: boolean('require_second_factor').notNull().default(false),
  /** The organisation of the company that runs Baken; its people may be operator staff. */
  isOperator: boolean('is_operator').notNull().default(false),
  /** The number the last incident got; never goes down, so a deleted incident's number is not reused. */
  lastIncidentNumber: integer('last_incident_number').notNull().default(0),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
