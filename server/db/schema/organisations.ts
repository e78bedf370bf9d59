import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A customer organisation (tenant): a municipality, safety region, hospital, school or company. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
