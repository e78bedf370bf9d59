import { z } from '@hono/zod-openapi';
import { changesSomething, ZDescription, ZNamedRef } from '../preparation/preparation-shared.js';

export const ZIncidentTemplate = z
  .object({
    id: z.uuid(),
    title: z.string().openapi({ example: 'Brand in gebouw' }),
    description: z.string(),
    alertText: z
      .string()
      .openapi({ description: 'The alert sent to the teams when an incident starts from it' }),
    teams: z.array(ZNamedRef).openapi({ description: 'The teams it alerts' }),
    initialTasks: z
      .array(z.object({ title: z.string(), checklist: z.array(z.string()) }))
      .openapi({ description: 'Tasks put on the list when an incident starts, each with its checklist' }),
    location: ZNamedRef.nullable().openapi({ description: 'Where the teams gather, if prepared' }),
    labels: z.array(z.string()).openapi({ description: 'Labels the incident starts with' }),
    situationTemplate: ZNamedRef.nullable().openapi({ description: 'The sections of the situation picture' }),
    opensChat: z.boolean().openapi({ description: 'Whether incidents from it start with the chat on' }),
  })
  .openapi('IncidentTemplate');

const ZLine = z.string().trim().min(1).max(300);

const incidentTemplateFields = {
  title: z.string().trim().min(1).max(200).openapi({ example: 'Brand in gebouw' }),
  description: ZDescription.optional(),
  alertText: z.string().trim().max(1000).optional(),
  teamIds: z.array(z.uuid()).max(50).optional().openapi({ description: 'Teams of your organisation' }),
  initialTasks: z
    .array(z.object({ title: ZLine, checklist: z.array(ZLine).max(50).optional() }))
    .max(50)
    .optional(),
  locationId: z.uuid().nullable().optional(),
  labels: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  situationTemplateId: z.uuid().nullable().optional(),
  opensChat: z.boolean().optional().openapi({ description: 'Default true' }),
};

export const ZCreateIncidentTemplateBody = z
  .object(incidentTemplateFields)
  .openapi('CreateIncidentTemplateBody');

export const ZChangeIncidentTemplateBody = z
  .object(incidentTemplateFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeIncidentTemplateBody');
