import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

export const OPERATOR_ROLES = ['platform_admin', 'support', 'privacy_officer'] as const;

/**
 * Staff of the company that runs Baken. They are users of the operator's own organisation (the
 * one with `is_operator`) with a row here; a row for anyone else gives no operator rights.
 */
export const operatorStaff = pgTable('operator_staff', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  role: text('role', { enum: OPERATOR_ROLES }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
