import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { incidents } from './incidents.js';
import { organisations } from './organisations.js';
import { roles } from './teams.js';
import { NOTIFICATION_CHANNELS, users } from './users.js';

export type AlertChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** `crisis` reaches every channel at once and ignores quiet hours; `normal` starts with the first. */
export const ALERT_URGENCIES = ['crisis', 'normal'] as const;
export type AlertUrgency = (typeof ALERT_URGENCIES)[number];
export const ALERT_STATUSES = ['active', 'cancelled'] as const;
export const ALERT_RESPONSES = ['coming', 'unavailable', 'acknowledged'] as const;
export type AlertResponse = (typeof ALERT_RESPONSES)[number];
/** Where an answer came from: the signed-in app, a push notification's action, or a link in e-mail or SMS. */
export const RESPONSE_SOURCES = ['app', 'push', 'link'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
/** Why a person is on an alert: named directly, through a team or role, on call, or as a role's deputy. */
export const RECIPIENT_REASONS = ['person', 'team', 'role', 'on_call', 'deputy', 'incident'] as const;
export type RecipientReason = (typeof RECIPIENT_REASONS)[number];
/**
 * queued → sending → sent (handed over) → delivered (the channel reported it arrived), or failed
 * with a reason; cancelled when the alert was cancelled before it went out.
 */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Who an alert was addressed to, as chosen; recipients are resolved from it at send time. */
export interface AlertTargets {
  teamIds: string[];
  roleIds: string[];
  userIds: string[];
  /** Roles whose on-call person (roster) is alerted. */
  onCallRoleIds: string[];
}

/** An alert ("alarmering"): a short message that calls people to an incident, with a response asked. */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    location: text('location').notNull().default(''),
    urgency: text('urgency', { enum: ALERT_URGENCIES }).notNull().default('crisis'),
    isExercise: boolean('is_exercise').notNull().default(false),
    status: text('status', { enum: ALERT_STATUSES }).notNull().default('active'),
    /** Minutes without an answer before the next channel is tried and a role's deputies are alerted. */
    escalationMinutes: integer('escalation_minutes').notNull().default(5),
    targets: jsonb('targets').$type<AlertTargets>().notNull(),
    /** Roles whose deputies were alerted already: once per role per alert. */
    escalatedRoleIds: jsonb('escalated_role_ids').$type<string[]>().notNull().default([]),
    /** Response links stop working at this moment. */
    linksExpireAt: timestamp('links_expire_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [index('alerts_incident').on(table.incidentId)],
);

/**
 * One person on an alert, with their answer. `channelPlan` is the order their channels are tried
 * in; `channelsUsed` how many of it have been queued so far; escalation queues the next one at
 * `nextEscalationAt` while there is no answer.
 */
export const alertRecipients = pgTable(
  'alert_recipients',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: RECIPIENT_REASONS }).notNull(),
    roleId: uuid('role_id').references(() => roles.id, { onDelete: 'set null' }),
    roleName: text('role_name'),
    channelPlan: jsonb('channel_plan').$type<AlertChannel[]>().notNull(),
    channelsUsed: integer('channels_used').notNull().default(0),
    nextEscalationAt: timestamp('next_escalation_at', { withTimezone: true }),
    response: text('response', { enum: ALERT_RESPONSES }),
    etaMinutes: integer('eta_minutes'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    respondedVia: text('responded_via', { enum: RESPONSE_SOURCES }),
    /** Set when the response link was used: it works once. */
    linkUsedAt: timestamp('link_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('alert_recipients_unique').on(table.alertId, table.userId),
    index('alert_recipients_escalation')
      .on(table.nextEscalationAt)
      .where(sql`${table.nextEscalationAt} is not null`),
    index('alert_recipients_user').on(table.userId),
  ],
);

/**
 * One message to one recipient on one channel: the unit of delivery work. The unique pair
 * (recipient, channel) means a channel is never queued twice for a person on an alert; the status
 * and lease make a retry or a restart continue where the last attempt left off.
 */
export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => alertRecipients.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Not before this moment: now, the end of quiet hours, or the next retry after a failure. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker holds a claimed delivery until then; after a crash it is taken up again. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** The id the channel gave the message (SMPP message id, push message location). */
    providerMessageId: text('provider_message_id'),
    failureReason: text('failure_reason'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (table) => [
    unique('alert_deliveries_unique').on(table.recipientId, table.channel),
    index('alert_deliveries_due').on(table.dueAt).where(sql`${table.status} in ('queued', 'sending')`),
    index('alert_deliveries_alert').on(table.alertId),
    index('alert_deliveries_provider').on(table.providerMessageId),
  ],
);

/** People who stand in for a role when nobody holding it is coming, in order. */
export const roleDeputies = pgTable(
  'role_deputies',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (table) => [unique('role_deputies_unique').on(table.roleId, table.userId)],
);
