import { z } from '@hono/zod-openapi';
import { TASK_STATUSES } from '../../db/schema/incidents.js';
import { ZIncidentParams, ZPersonRef } from './incident-shared.schemas.js';

const ZChecklistText = z.string().trim().min(1, 'field_checklist_text').max(300, 'field_checklist_text');

export const ZChecklistItem = z
  .object({ id: z.uuid(), text: z.string(), done: z.boolean() })
  .openapi('ChecklistItem');

export const ZTask = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    owner: z.object({
      user: ZPersonRef,
      role: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    }),
    deadline: z.iso.datetime().nullable(),
    status: z.enum(TASK_STATUSES),
    checklist: z.array(ZChecklistItem),
    overdue: z.boolean().openapi({ description: 'Past its deadline and neither done nor cancelled' }),
    createdBy: ZPersonRef,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    completedBy: ZPersonRef,
  })
  .openapi('Task');

const ZDeadline = z.iso.datetime({ offset: true }).openapi({ description: 'ISO 8601 date-time' });

export const ZCreateTaskBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).optional(),
    ownerUserId: z.uuid().nullable().optional().openapi({ description: 'A person of the organisation' }),
    ownerRoleId: z.uuid().nullable().optional().openapi({ description: 'A role of the organisation' }),
    deadline: ZDeadline.nullable().optional(),
    checklist: z.array(ZChecklistText).max(50).optional(),
  })
  .openapi('CreateTaskBody');

export const ZChangeTaskBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000),
    ownerUserId: z.uuid().nullable(),
    ownerRoleId: z.uuid().nullable(),
    deadline: ZDeadline.nullable(),
    status: z.enum(TASK_STATUSES),
    checklist: z
      .array(
        z.object({
          id: z
            .uuid()
            .optional()
            .openapi({ description: 'Omit for a new item; existing items keep their id' }),
          text: ZChecklistText,
          done: z.boolean().default(false),
        }),
      )
      .max(50)
      .openapi({ description: 'The whole checklist, in order' }),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'field_nothing_to_change')
  .openapi('ChangeTaskBody');

export const ZTaskParams = ZIncidentParams.extend({ taskId: z.uuid().openapi({ description: 'The task' }) });
