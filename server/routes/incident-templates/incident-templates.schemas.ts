import { z } from '@hono/zod-openapi';

export const ZIncidentTemplate = z
  .object({
    id: z.uuid(),
    title: z.string().openapi({ example: 'Brand in gebouw' }),
    description: z.string(),
    alertText: z
      .string()
      .openapi({ description: 'The alert sent to the teams when an incident starts from it' }),
    teams: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .openapi({ description: 'The teams it alerts' }),
    initialTasks: z.array(z.object({ title: z.string(), checklist: z.array(z.string()) })),
  })
  .openapi('IncidentTemplate');
