import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeRole } from '../../modules/preparation/change-role.js';
import { createRole } from '../../modules/preparation/create-role.js';
import { deleteRole } from '../../modules/preparation/delete-role.js';
import { listRoles } from '../../modules/preparation/list-roles.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from './preparation-shared.js';
import { ZChangeRoleBody, ZCreateRoleBody, ZRole } from './roles.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/roles',
  tags: ['Preparation'],
  summary: 'The roles people can hold in a team, by name, with how many memberships hold each',
  responses: {
    200: { description: 'Roles', content: jsonContent(z.array(ZRole)) },
    401: COMMON_ERRORS[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/roles',
  tags: ['Preparation'],
  summary: 'Add a role; the first role, or one with isDefault, becomes the default for new team members',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateRoleBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZRole) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a role with this name'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/roles/{id}',
  tags: ['Preparation'],
  summary: 'Rename a role, or make it the default (the previous default is unmarked)',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZChangeRoleBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZRole) },
    ...ITEM_ERRORS,
    409: conflictError('The name is taken, or the default was unmarked without making another role default'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/roles/{id}',
  tags: ['Preparation'],
  summary: 'Delete a role nobody holds; team templates lose the position',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: {
    204: { description: 'Deleted' },
    ...ITEM_ERRORS,
    409: conflictError('Team members still hold the role (`role_in_use`), or it is the default role'),
  },
});

export function roleRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(await inTenant(db, organisationId, (tx) => listRoles(tx, organisationId)), 200);
    })
    .openapi(create, async (c) => c.json(await createRole(db, requireActor(c), c.req.valid('json')), 201))
    .openapi(change, async (c) =>
      c.json(await changeRole(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      await deleteRole(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
