import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/**
 * An organisation's permission for operator support staff to look at its content, for a limited
 * time. Active while not revoked and not expired; granting and revoking are in the audit log.
 */
export const supportGrants = pgTable(
  'support_grants',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    // No foreign key: the grant and who gave it stay on record after that account is erased.
    grantedBy: uuid('granted_by').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('support_grants_organisation_idx').on(table.organisationId, table.expiresAt)],
);
