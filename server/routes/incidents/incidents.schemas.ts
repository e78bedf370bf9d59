import { z } from '@hono/zod-openapi';
import { ALERT_URGENCIES } from '../../db/schema/alerts.js';
import { INCIDENT_STATUSES } from '../../db/schema/incidents.js';
import { ZPersonRef } from './incident-shared.schemas.js';

const ZLabels = z
  .array(z.string().trim().min(1).max(60))
  .max(20)
  .openapi({ description: 'Free labels, e.g. "brand", "gemeentehuis"', example: ['brand'] });

const ZParticipantChoice = z.object({
  userId: z.uuid(),
  teamId: z.uuid().nullable().optional().openapi({ description: 'The team they work in for this incident' }),
  roleId: z.uuid().nullable().optional().openapi({ description: 'Their role for this incident' }),
});

export const ZStartIncidentBody = z
  .object({
    templateId: z
      .uuid()
      .optional()
      .openapi({ description: 'The scenario to start from; its fields are the defaults' }),
    title: z.string().trim().min(1).max(200).optional().openapi({ example: 'Brand in gebouw' }),
    description: z.string().max(5000).optional(),
    labels: ZLabels.optional(),
    isExercise: z.boolean().optional().openapi({ description: 'An exercise is marked as such everywhere' }),
    alertText: z.string().max(1000).optional(),
    chatEnabled: z.boolean().optional(),
    situationTemplateId: z.uuid().optional(),
    locationIds: z.array(z.uuid()).max(20).optional(),
    participants: z.array(ZParticipantChoice).min(1).max(500).optional().openapi({
      description: 'Exactly who works on it, with team and role (the start screen sends this)',
    }),
    teamIds: z.array(z.uuid()).max(50).optional().openapi({
      description:
        'Without `participants`: these teams’ members with their team roles (default: the scenario’s teams)',
    }),
    alert: z
      .object({ send: z.boolean(), urgency: z.enum(ALERT_URGENCIES).optional() })
      .optional()
      .openapi({
        description:
          'Alert the participants with the alert text (default: yes; `crisis` for a real incident, `normal` for an exercise)',
      }),
  })
  .refine((body) => body.templateId !== undefined || body.title !== undefined, {
    path: ['title'],
    message: 'field_incident_title_required',
  })
  .openapi('StartIncidentBody');

export const ZStartedIncident = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    alertId: z.uuid().nullable().openapi({ description: 'The alert sent to the participants, if any' }),
  })
  .openapi('StartedIncident');

export const ZIncidentListQuery = z.object({
  status: z
    .enum([...INCIDENT_STATUSES, 'all'])
    .default('active')
    .openapi({ description: 'Which incidents to list (default: active)' }),
});

export const ZIncidentSummary = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    status: z.enum(INCIDENT_STATUSES),
    isExercise: z.boolean(),
    labels: z.array(z.string()),
    startedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    template: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    openTaskCount: z.number().int(),
    overdueTaskCount: z.number().int(),
  })
  .openapi('IncidentSummary');

export const ZIncident = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    description: z.string(),
    labels: z.array(z.string()),
    isExercise: z.boolean(),
    status: z.enum(INCIDENT_STATUSES),
    alertText: z.string(),
    chatEnabled: z.boolean(),
    template: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    situationSections: z.array(z.object({ key: z.string(), title: z.string(), hint: z.string() })),
    startedAt: z.iso.datetime(),
    startedBy: ZPersonRef,
    closedAt: z.iso.datetime().nullable(),
    closedBy: ZPersonRef,
    archivedAt: z.iso.datetime().nullable(),
    archivedBy: ZPersonRef,
    updatedAt: z.iso.datetime(),
    permissions: z
      .object({
        canWrite: z.boolean(),
        canClose: z.boolean(),
        canReopen: z.boolean(),
        canArchive: z.boolean(),
        canDelete: z.boolean(),
      })
      .openapi({ description: 'What you may do with it now' }),
  })
  .openapi('Incident');

export const ZChangeIncidentBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(5000).optional(),
    labels: ZLabels.optional(),
    chatEnabled: z.boolean().optional(),
    status: z.enum(INCIDENT_STATUSES).optional().openapi({
      description: 'active → closed (participants, admins) → archived (admins); admins can step back one',
    }),
  })
  .openapi('ChangeIncidentBody');
