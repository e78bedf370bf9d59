import { sql } from 'drizzle-orm';
import { boolean, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './users.js';

/**
 * A role a person can hold in a crisis team (Voorzitter, Adviseur, Communicatie, Notulist). One role
 * per organisation is the default given to new team members.
 */
export const roles = pgTable(
  'roles',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('roles_organisation_name_unique').on(table.organisationId, sql`lower(${table.name})`),
    // At most one default role per organisation.
    uniqueIndex('roles_one_default').on(table.organisationId).where(sql`${table.isDefault}`),
  ],
);

/** A standing crisis team, e.g. "Gemeentelijk Beleidsteam". */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('teams_organisation_name_unique').on(table.organisationId, sql`lower(${table.name})`),
  ],
);

/** Membership of a person in a team, with the role they hold there. */
export const teamMembers = pgTable(
  'team_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // A role in use cannot be removed: the admin reassigns its members first.
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] })],
);

/** The positions a kind of team has (e.g. a beleidsteam: Voorzitter, Adviseur, Communicatie, Notulist). */
export const teamTemplates = pgTable('team_templates', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  roleIds: jsonb('role_ids').$type<string[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
