import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const ERASURE_SUBJECTS = ['user', 'organisation'] as const;

/**
 * Personal data due for erasure after a cancellation, with the grace period in which it can be
 * undone. The privacy module's erasure machinery executes due rows (and sets `executedAt`).
 */
export const erasureSchedule = pgTable(
  'erasure_schedule',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type', { enum: ERASURE_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    executedAt: timestamp('executed_at', { withTimezone: true }),
    /** When the person was told their erasure waits (once, however many nightly tries follow). */
    postponementToldAt: timestamp('postponement_told_at', { withTimezone: true }),
  },
  (table) => [index('erasure_schedule_due_idx').on(table.dueAt)],
);
