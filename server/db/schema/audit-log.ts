import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Security-relevant actions, append-only: a trigger refuses every UPDATE and DELETE, so nobody,
 * not even an organisation admin, can edit what happened. Organisation admins read their own.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    // Null for platform-level entries (e.g. a failed sign-in for an unknown address).
    organisationId: uuid('organisation_id'),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ipAddress: text('ip_address'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('audit_log_organisation_idx').on(table.organisationId, table.createdAt)],
);
