import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requireActorOrApiKey } from '../../http/require-actor-or-api-key.js';
import { changeIncidentTemplate } from '../../modules/incident-templates/change-incident-template.js';
import { createIncidentTemplate } from '../../modules/incident-templates/create-incident-template.js';
import { deleteIncidentTemplate } from '../../modules/incident-templates/delete-incident-template.js';
import { getIncidentTemplate } from '../../modules/incident-templates/get-incident-template.js';
import { listIncidentTemplates } from '../../modules/incident-templates/list-incident-templates.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from '../preparation/preparation-shared.js';
import {
  ZChangeIncidentTemplateBody,
  ZCreateIncidentTemplateBody,
  ZIncidentTemplate,
} from './incident-templates.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/incident-templates',
  tags: ['Preparation'],
  summary: 'Your organisation’s scenarios, by title (also with an API key that has `incidents:read`)',
  responses: {
    200: { description: 'Scenarios', content: jsonContent(z.array(ZIncidentTemplate)) },
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[401], description: 'The API key lacks the scope `incidents:read`' },
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/incident-templates/{id}',
  tags: ['Preparation'],
  summary: 'One scenario with its teams, tasks, location and situation template',
  request: { params: ZIdParams },
  responses: {
    200: { description: 'The scenario', content: jsonContent(ZIncidentTemplate) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/incident-templates',
  tags: ['Preparation'],
  summary:
    'Prepare a scenario: teams to alert, alert text, initial tasks with checklists, location, sections',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateIncidentTemplateBody) } },
  responses: {
    201: { description: 'Prepared', content: jsonContent(ZIncidentTemplate) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a scenario with this title'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/incident-templates/{id}',
  tags: ['Preparation'],
  summary: 'Change a scenario; lists given replace the old ones, running incidents keep theirs',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZChangeIncidentTemplateBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZIncidentTemplate) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a scenario with this title'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/incident-templates/{id}',
  tags: ['Preparation'],
  summary: 'Delete a scenario; incidents started from it keep what they copied',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

export function incidentTemplateRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActorOrApiKey(c, 'incidents:read');
      return c.json(
        await inTenant(db, organisationId, (tx) => listIncidentTemplates(tx, organisationId)),
        200,
      );
    })
    .openapi(get, async (c) => {
      const { organisationId } = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(
        await inTenant(db, organisationId, (tx) => getIncidentTemplate(tx, organisationId, id)),
        200,
      );
    })
    .openapi(create, async (c) =>
      c.json(await createIncidentTemplate(db, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(change, async (c) =>
      c.json(
        await changeIncidentTemplate(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      await deleteIncidentTemplate(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
