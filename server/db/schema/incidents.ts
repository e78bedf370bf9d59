import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { incidentTemplates } from './incident-templates.js';
import { organisations } from './organisations.js';
import { locations, logbookClassifications, type SituationSection } from './preparation.js';
import { roles, teams } from './teams.js';
import { users } from './users.js';

export const INCIDENT_STATUSES = ['active', 'closed', 'archived'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** A crisis being handled (or handled before): the room everything else of it lives in. */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… per organisation: what people say on the phone ("incident 12"). */
    number: integer('number').notNull(),
    templateId: uuid('template_id').references(() => incidentTemplates.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    labels: jsonb('labels').$type<string[]>().notNull().default([]),
    /** Training runs in the same room but is marked as an exercise everywhere. */
    isExercise: boolean('is_exercise').notNull().default(false),
    alertText: text('alert_text').notNull().default(''),
    /** The situation-picture sections, copied at start so later template edits do not change it. */
    situationSections: jsonb('situation_sections').$type<SituationSection[]>().notNull().default([]),
    chatEnabled: boolean('chat_enabled').notNull().default(true),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull().default('active'),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    /** Set when an integration started it with an API key. */
    startedByApiKeyId: uuid('started_by_api_key_id'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    archivedBy: uuid('archived_by').references(() => users.id, { onDelete: 'set null' }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('incidents_organisation_number_unique').on(table.organisationId, table.number)],
);

export const PRESENCE_STATUSES = ['unknown', 'on_the_way', 'present', 'unavailable', 'left'] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

/**
 * A person working on an incident, in a team with a role. Names of team and role are copied so the
 * report shows who held which role then, even after the team is reorganised. A person without a
 * team row was added to the incident directly. Participants (and admins) are who may see it.
 */
export const incidentParticipants = pgTable(
  'incident_participants',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    teamName: text('team_name'),
    roleId: uuid('role_id').references(() => roles.id, { onDelete: 'set null' }),
    roleName: text('role_name'),
    presence: text('presence', { enum: PRESENCE_STATUSES }).notNull().default('unknown'),
    presenceChangedAt: timestamp('presence_changed_at', { withTimezone: true }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('incident_participants_unique')
      .on(table.incidentId, table.userId, table.teamId)
      .nullsNotDistinct(),
    index('incident_participants_user').on(table.userId, table.incidentId),
  ],
);

/** A file attached to a logbook entry; kept in the database so backups and erasure see it. */
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const incidentAttachments = pgTable('incident_attachments', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  incidentId: uuid('incident_id')
    .notNull()
    .references(() => incidents.id, { onDelete: 'cascade' }),
  uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One revision of a logbook entry. Rows are never changed: a correction is a new row with the same
 * sequence and the next revision, so the original stays readable as history. The current entry is
 * the highest revision of its sequence.
 */
export const logbookEntries = pgTable(
  'logbook_entries',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    /** Position in the incident's logbook, 1, 2, 3…, assigned under the incident's row lock. */
    sequence: integer('sequence').notNull(),
    revision: integer('revision').notNull().default(1),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    classificationId: uuid('classification_id').references(() => logbookClassifications.id, {
      onDelete: 'set null',
    }),
    labelIds: jsonb('label_ids').$type<string[]>().notNull().default([]),
    isDecision: boolean('is_decision').notNull().default(false),
    text: text('text').notNull(),
    /** When it happened, which can be earlier than when it was written down. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    attachmentId: uuid('attachment_id').references(() => incidentAttachments.id, { onDelete: 'set null' }),
    correctionReason: text('correction_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('logbook_entries_revision_unique').on(table.incidentId, table.sequence, table.revision),
  ],
);

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
}

/** An action ("actie") with an owner (a person or a role) and a deadline. */
export const incidentTasks = pgTable(
  'incident_tasks',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerRoleId: uuid('owner_role_id').references(() => roles.id, { onDelete: 'set null' }),
    deadline: timestamp('deadline', { withTimezone: true }),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedBy: uuid('completed_by').references(() => users.id, { onDelete: 'set null' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [index('incident_tasks_incident').on(table.incidentId)],
);

export interface SituationSectionContent {
  key: string;
  title: string;
  content: string;
}

/** One saved state of the situation picture; the picture at any moment is the last version before it. */
export const situationVersions = pgTable(
  'situation_versions',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    sections: jsonb('sections').$type<SituationSectionContent[]>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('situation_versions_unique').on(table.incidentId, table.version)],
);

/** A place that matters in this incident (copied from a default location or entered on the spot). */
export const incidentLocations = pgTable('incident_locations', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  incidentId: uuid('incident_id')
    .notNull()
    .references(() => incidents.id, { onDelete: 'cascade' }),
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  description: text('description').notNull().default(''),
  addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A message in the incident's group chat. */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('chat_messages_incident').on(table.incidentId, table.createdAt)],
);
