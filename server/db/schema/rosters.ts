import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { roles } from './teams.js';
import { users } from './users.js';

/**
 * An on-call schedule ("piketrooster") for a role: the members take turns of `shiftHours`, in
 * order, starting at `rotationStart`. One roster per role.
 */
export const onCallRosters = pgTable(
  'on_call_rosters',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
    rotationStart: timestamp('rotation_start', { withTimezone: true }).notNull(),
    shiftHours: integer('shift_hours').notNull().default(168),
    /** User ids in turn order; a person may appear more than once. */
    memberIds: jsonb('member_ids').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('on_call_rosters_role_unique').on(table.roleId)],
);

/** A swap: for this period someone else is on call instead of whoever the rotation names. */
export const onCallSwaps = pgTable(
  'on_call_swaps',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    rosterId: uuid('roster_id')
      .notNull()
      .references(() => onCallRosters.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('on_call_swaps_roster').on(table.rosterId, table.startsAt)],
);
