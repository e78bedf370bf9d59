import { z } from '@hono/zod-openapi';

/** A person named in the incident record; null when there is none (an integration) or they were erased. */
export const ZPersonRef = z.object({ id: z.uuid(), name: z.string() }).nullable().openapi('PersonRef');

/** The `{id}` of an incident in a path. */
export const ZIncidentParams = z.object({ id: z.uuid().openapi({ description: 'The incident' }) });
