import { doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** A place the organisation may need during a crisis: town hall, fallback location, shelter. */
export const locations = pgTable('locations', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  description: text('description').notNull().default(''),
  /** Free labels such as "uitwijklocatie" or "opvang". */
  labels: jsonb('labels').$type<string[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What kind of logbook entry something is: Melding, Besluit, Actie, Informatie. */
export const logbookClassifications = pgTable('logbook_classifications', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Labels a logbook entry can carry (e.g. "Pers", "Slachtoffers"), to filter the logbook by. */
export const logbookLabels = pgTable('logbook_labels', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One named part of a situation picture, with a hint of what belongs in it. */
export interface SituationSection {
  key: string;
  title: string;
  hint: string;
}

/** The sections a team fills in, e.g. beeldvorming / oordeelsvorming / besluitvorming. */
export const situationTemplates = pgTable('situation_templates', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  sections: jsonb('sections').$type<SituationSection[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
