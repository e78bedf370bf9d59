import { bigint, boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './users.js';

/**
 * What a usage fact records: something a person did in Baken (or, for `alert_received`, that an
 * alert reached them), read from the events outbox by the statistics projector.
 */
export const USAGE_KINDS = [
  'incident_started',
  'exercise_started',
  'logbook_entry',
  'task_created',
  'situation_saved',
  'chat_message',
  'alert_sent',
  'alert_received',
  'alert_answered',
] as const;

export type UsageKind = (typeof USAGE_KINDS)[number];

/**
 * Person-linked usage facts (P10, purpose "insight into use"). Kept 13 months, deleted at once
 * when the person objects, and never shown per person: the dashboards show aggregates only.
 */
export const usageFacts = pgTable(
  'usage_facts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: USAGE_KINDS }).notNull(),
    /** The incident or alert the fact is about, so one alert answered twice counts once. */
    recordId: uuid('record_id'),
    isExercise: boolean('is_exercise').notNull().default(false),
    /** For `alert_answered`: seconds from being alerted to the first answer. */
    responseSeconds: integer('response_seconds'),
    /** The event it was read from: the same event read twice makes no second fact. */
    sourceEventId: bigint('source_event_id', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('usage_facts_once').on(table.sourceEventId, table.userId, table.kind),
    index('usage_facts_organisation_time').on(table.organisationId, table.occurredAt),
    index('usage_facts_user').on(table.userId),
  ],
);

/**
 * A person's objection to usage statistics (GDPR art. 21). While `withdrawnAt` is null nothing is
 * collected about them; after a withdrawal only what happens from then on is collected again.
 */
export const usageObjections = pgTable('usage_objections', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  objectedAt: timestamp('objected_at', { withTimezone: true }).notNull(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
});

/** How far the projector has read the events outbox (platform table, one row per projection). */
export const usageProjectionCursor = pgTable('usage_projection_cursor', {
  projection: text('projection').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
