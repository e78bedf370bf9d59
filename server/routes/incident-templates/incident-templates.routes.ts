import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActorOrApiKey } from '../../http/require-actor-or-api-key.js';
import { listIncidentTemplates } from '../../modules/incident-templates/list-incident-templates.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { ZIncidentTemplate } from './incident-templates.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/incident-templates',
  tags: ['Incidents'],
  summary: 'Your organisation’s scenarios, by title (also with an API key that has `incidents:read`)',
  responses: {
    200: {
      description: 'Scenarios',
      content: { 'application/json': { schema: z.array(ZIncidentTemplate) } },
    },
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[401], description: 'The API key lacks the scope `incidents:read`' },
  },
});

export function incidentTemplateRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter().openapi(list, async (c) => {
    const { organisationId } = requireActorOrApiKey(c, 'incidents:read');
    return c.json(await inTenant(db, organisationId, (tx) => listIncidentTemplates(tx, organisationId)), 200);
  });
}
