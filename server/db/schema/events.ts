import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The outbox: every change writes one row here in its own transaction. The id is the SSE event id,
 * so a client that reconnects with Last-Event-ID gets exactly what it missed.
 */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // Null only for platform events that no organisation's user may see.
    organisationId: uuid('organisation_id'),
    topic: text('topic').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    actorId: uuid('actor_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('events_topic_idx').on(table.organisationId, table.topic, table.id)],
);
