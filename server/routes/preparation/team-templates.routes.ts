import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeTeamTemplate } from '../../modules/preparation/change-team-template.js';
import { createTeamTemplate } from '../../modules/preparation/create-team-template.js';
import { deleteTeamTemplate } from '../../modules/preparation/delete-team-template.js';
import { listTeamTemplates } from '../../modules/preparation/list-team-templates.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from './preparation-shared.js';
import { ZChangeTeamTemplateBody, ZCreateTeamTemplateBody, ZTeamTemplate } from './team-templates.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/team-templates',
  tags: ['Preparation'],
  summary: 'Kinds of team by their positions (e.g. a beleidsteam), by name',
  responses: {
    200: { description: 'Team templates', content: jsonContent(z.array(ZTeamTemplate)) },
    401: COMMON_ERRORS[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/team-templates',
  tags: ['Preparation'],
  summary: 'Add a team template with its positions (roles of your organisation)',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateTeamTemplateBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZTeamTemplate) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a team template with this name'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/team-templates/{id}',
  tags: ['Preparation'],
  summary: 'Change a team template; roleIds replaces the positions',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZChangeTeamTemplateBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZTeamTemplate) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a team template with this name'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/team-templates/{id}',
  tags: ['Preparation'],
  summary: 'Delete a team template; teams made from it stay',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

export function teamTemplateRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(await inTenant(db, organisationId, (tx) => listTeamTemplates(tx, organisationId)), 200);
    })
    .openapi(create, async (c) =>
      c.json(await createTeamTemplate(db, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(change, async (c) =>
      c.json(
        await changeTeamTemplate(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(remove, async (c) => {
      await deleteTeamTemplate(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
