import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './users.js';

export const PRIVACY_RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const;

export const PRIVACY_REQUEST_STATUSES = [
  'awaiting_identity',
  'open',
  'extended',
  'answered',
  'rejected',
  'withdrawn',
] as const;

/** How the requester's identity was established (P18): proportionate first, an ID copy last. */
export const IDENTITY_METHODS = ['account-password', 'email-code', 'id-document'] as const;

/** A stretch of time the request waited for the requester's identity; `endedAt` null while it lasts. */
export interface PrivacyRequestPause {
  startedAt: string;
  endedAt: string | null;
}

/**
 * Data-subject requests (P17–P19). `organisation_id` names the controller: null is the platform's
 * own processing (handled by the operator's privacy officer), otherwise the customer organisation
 * whose admins answer it. Written as the connecting user; tenants read only the rows of their
 * organisation or of their own people (migration 0015), so the access report can show them.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid('id').primaryKey(),
    right: text('right', { enum: PRIVACY_RIGHTS }).notNull(),
    /** The requester's account when signed in; null for the public form (and after erasure). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    requesterOrganisationId: uuid('requester_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    requesterName: text('requester_name').notNull(),
    requesterEmail: text('requester_email').notNull(),
    language: text('language', { enum: ['nl', 'en'] }).notNull(),
    description: text('description').notNull().default(''),
    handlerId: uuid('handler_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: PRIVACY_REQUEST_STATUSES }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** Received + one calendar month or 30 days, whichever first, moved on by pauses for identity. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    extendedUntil: timestamp('extended_until', { withTimezone: true }),
    extensionReason: text('extension_reason'),
    extensionNotifiedAt: timestamp('extension_notified_at', { withTimezone: true }),
    identityMethod: text('identity_method', { enum: IDENTITY_METHODS }),
    identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }),
    /** Why an ID copy was asked for: the law wants the doubt recorded (DPG Media, 2022). */
    idCopyReason: text('id_copy_reason'),
    pauses: jsonb('pauses').$type<PrivacyRequestPause[]>().notNull().default([]),
    answer: text('answer'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('privacy_requests_organisation_due').on(table.organisationId, table.dueAt),
    index('privacy_requests_user').on(table.userId),
  ],
);

/** What happened to a request, when and by whom: the request's history. */
export const privacyRequestEvents = pgTable(
  'privacy_request_events',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => privacyRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('privacy_request_events_request').on(table.requestId, table.createdAt)],
);

/**
 * Copies of identity documents (P18), sealed with SECRET_KEY (AES-256-GCM). The sealed bytes are
 * removed the moment the identity is verified or the request closes; the row stays as evidence
 * that a copy existed and when it went.
 */
export const privacyRequestIdCopies = pgTable('privacy_request_id_copies', {
  id: uuid('id').primaryKey(),
  requestId: uuid('request_id')
    .notNull()
    .references(() => privacyRequests.id, { onDelete: 'cascade' }),
  sealedContent: text('sealed_content'),
  contentType: text('content_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

/**
 * A request from the public form before its e-mail address is confirmed: it counts as a request
 * only once confirmed (then a `privacy_requests` row is made). Purged when used or expired.
 */
export const privacyRequestSubmissions = pgTable('privacy_request_submissions', {
  id: uuid('id').primaryKey(),
  right: text('right', { enum: PRIVACY_RIGHTS }).notNull(),
  requesterName: text('requester_name').notNull(),
  requesterEmail: text('requester_email').notNull(),
  language: text('language', { enum: ['nl', 'en'] }).notNull(),
  description: text('description').notNull().default(''),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  requestId: uuid('request_id').references(() => privacyRequests.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
