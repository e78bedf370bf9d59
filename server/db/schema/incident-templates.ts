import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { locations, situationTemplates } from './preparation.js';

/** A task a scenario puts on the list when an incident starts, with its checklist. */
export interface PreparedTask {
  title: string;
  checklist: string[];
}

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
  initialTasks: jsonb('initial_tasks').$type<PreparedTask[]>().notNull().default([]),
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'set null' }),
  labels: jsonb('labels').$type<string[]>().notNull().default([]),
  situationTemplateId: uuid('situation_template_id').references(() => situationTemplates.id, {
    onDelete: 'set null',
  }),
  opensChat: boolean('opens_chat').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
