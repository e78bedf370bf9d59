import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeSituationTemplate } from '../../modules/preparation/change-situation-template.js';
import { createSituationTemplate } from '../../modules/preparation/create-situation-template.js';
import { deleteSituationTemplate } from '../../modules/preparation/delete-situation-template.js';
import { listSituationTemplates } from '../../modules/preparation/list-situation-templates.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from './preparation-shared.js';
import {
  ZChangeSituationTemplateBody,
  ZCreateSituationTemplateBody,
  ZSituationTemplate,
} from './situation-templates.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/situation-templates',
  tags: ['Preparation'],
  summary: 'Templates of the situation picture’s sections (e.g. beeld-, oordeels-, besluitvorming), by name',
  responses: {
    200: { description: 'Situation templates', content: jsonContent(z.array(ZSituationTemplate)) },
    401: COMMON_ERRORS[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/situation-templates',
  tags: ['Preparation'],
  summary: 'Add a situation template of 1 to 12 sections; a key is made from the title when omitted',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateSituationTemplateBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZSituationTemplate) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a situation template with this name'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/situation-templates/{id}',
  tags: ['Preparation'],
  summary: 'Rename a situation template or replace its sections; running incidents keep theirs',
  middleware: [preparationManagersOnly] as const,
  request: {
    params: ZIdParams,
    body: { required: true, content: jsonContent(ZChangeSituationTemplateBody) },
  },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZSituationTemplate) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a situation template with this name'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/situation-templates/{id}',
  tags: ['Preparation'],
  summary: 'Delete a situation template; scenarios that used it start without one',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

export function situationTemplateRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(
        await inTenant(db, organisationId, (tx) => listSituationTemplates(tx, organisationId)),
        200,
      );
    })
    .openapi(create, async (c) =>
      c.json(await createSituationTemplate(db, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(change, async (c) =>
      c.json(
        await changeSituationTemplate(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      await deleteSituationTemplate(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
