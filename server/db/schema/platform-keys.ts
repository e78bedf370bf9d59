import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Keys the platform makes once and keeps (the VAPID key pair for Web Push). Private parts are
 * encrypted with SECRET_KEY. Not tenant data: requests as `baken_tenant` cannot read it.
 */
export const platformKeys = pgTable('platform_keys', {
  name: text('name').primaryKey(),
  publicValue: text('public_value').notNull(),
  sealedPrivateValue: text('sealed_private_value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
