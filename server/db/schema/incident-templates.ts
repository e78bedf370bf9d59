import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** A prepared scenario ("Brand in gebouw") from which an incident starts in one minute. */
export const incidentTemplates = pgTable('incident_templates', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  alertText: text('alert_text').notNull().default(''),
  teamIds: jsonb('team_ids').$type<string[]>().notNull().default([]),
  initialTasks: jsonb('initial_tasks').$type<string[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
