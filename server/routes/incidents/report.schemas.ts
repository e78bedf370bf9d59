import { z } from '@hono/zod-openapi';
import { INCIDENT_STATUSES, PRESENCE_STATUSES, TASK_STATUSES } from '../../db/schema/incidents.js';
import { ZPersonRef } from './incident-shared.schemas.js';

const ZTime = z.iso.datetime().openapi({ description: 'ISO 8601, UTC' });
const ZNamed = z.object({ id: z.uuid(), name: z.string() });

const ZRecordLogbookRevision = z.object({
  id: z.uuid(),
  revision: z.int(),
  author: ZPersonRef,
  classification: ZNamed.nullable(),
  labels: z.array(ZNamed),
  isDecision: z.boolean(),
  text: z.string(),
  occurredAt: ZTime,
  createdAt: ZTime,
  attachment: z
    .object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), byteSize: z.int() })
    .nullable()
    .openapi({
      description: 'What was attached; the file itself is at /api/incidents/{id}/attachments/{attachmentId}',
    }),
  correctionReason: z
    .string()
    .nullable()
    .openapi({ description: 'Why this revision replaced the one before it; null for the first' }),
});

/** Everything of one incident, as the report shows it: the JSON export. */
export const ZIncidentRecord = z
  .object({
    generatedAt: ZTime,
    organisation: ZNamed,
    incident: z.object({
      id: z.uuid(),
      number: z.int(),
      title: z.string(),
      description: z.string(),
      labels: z.array(z.string()),
      isExercise: z.boolean(),
      status: z.enum(INCIDENT_STATUSES),
      alertText: z.string(),
      template: z
        .object({ id: z.uuid(), title: z.string() })
        .nullable()
        .openapi({ description: 'The scenario' }),
      startedAt: ZTime,
      startedBy: ZPersonRef,
      startedByIntegration: z.boolean().openapi({ description: 'Started by an integration with an API key' }),
      closedAt: ZTime.nullable(),
      closedBy: ZPersonRef,
      archivedAt: ZTime.nullable(),
      archivedBy: ZPersonRef,
      updatedAt: ZTime,
    }),
    participants: z.array(
      z.object({
        id: z.uuid(),
        user: ZPersonRef,
        jobTitle: z.string().nullable(),
        teamId: z.uuid().nullable(),
        teamName: z.string().nullable(),
        roleId: z.uuid().nullable(),
        roleName: z.string().nullable(),
        presence: z.enum(PRESENCE_STATUSES),
        presenceChangedAt: ZTime.nullable(),
        addedAt: ZTime,
      }),
    ),
    logbook: z
      .array(
        ZRecordLogbookRevision.extend({
          sequence: z.int(),
          corrected: z.boolean(),
          earlierRevisions: z
            .array(ZRecordLogbookRevision)
            .openapi({ description: 'The revisions this one replaced, the original first' }),
        }),
      )
      .openapi({ description: 'Current revisions in logbook order' }),
    tasks: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        description: z.string(),
        owner: z.object({ user: ZPersonRef, role: ZNamed.nullable() }),
        deadline: ZTime.nullable(),
        status: z.enum(TASK_STATUSES),
        checklist: z.array(z.object({ id: z.string(), text: z.string(), done: z.boolean() })),
        createdBy: ZPersonRef,
        createdAt: ZTime,
        updatedAt: ZTime,
        completedAt: ZTime.nullable(),
        completedBy: ZPersonRef,
      }),
    ),
    situationVersions: z.array(
      z.object({
        version: z.int(),
        author: ZPersonRef,
        createdAt: ZTime,
        sections: z.array(z.object({ key: z.string(), title: z.string(), content: z.string() })),
      }),
    ),
    locations: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        address: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        description: z.string(),
        addedBy: ZPersonRef,
        createdAt: ZTime,
      }),
    ),
    chatMessages: z.array(z.object({ id: z.uuid(), author: ZPersonRef, body: z.string(), createdAt: ZTime })),
  })
  .openapi('IncidentRecord');
