import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeTeam } from '../../modules/preparation/change-team.js';
import { createTeam } from '../../modules/preparation/create-team.js';
import { deleteTeam } from '../../modules/preparation/delete-team.js';
import { getTeam, listTeams } from '../../modules/preparation/list-teams.js';
import { replaceTeamMembers } from '../../modules/preparation/replace-team-members.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from './preparation-shared.js';
import { ZChangeTeamBody, ZCreateTeamBody, ZTeam, ZTeamMembersBody } from './teams.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/teams',
  tags: ['Preparation'],
  summary: 'The crisis teams, by name, each with its members and the role they hold',
  responses: {
    200: { description: 'Teams', content: jsonContent(z.array(ZTeam)) },
    401: COMMON_ERRORS[401],
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/teams/{id}',
  tags: ['Preparation'],
  summary: 'One team with its members and their roles',
  request: { params: ZIdParams },
  responses: {
    200: { description: 'The team', content: jsonContent(ZTeam) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/teams',
  tags: ['Preparation'],
  summary: 'Create a team, empty or named after a team template; add people with PUT …/members',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateTeamBody) } },
  responses: {
    201: { description: 'Created', content: jsonContent(ZTeam) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a team with this name'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/teams/{id}',
  tags: ['Preparation'],
  summary: 'Rename a team or change its description',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZChangeTeamBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZTeam) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a team with this name'),
  },
});

const replaceMembers = createRoute({
  method: 'put',
  path: '/api/teams/{id}/members',
  tags: ['Preparation'],
  summary: 'Set who is in the team and with which role; the list replaces the current members',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZTeamMembersBody) } },
  responses: {
    200: { description: 'The team with its new members', content: jsonContent(ZTeam) },
    ...ITEM_ERRORS,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/teams/{id}',
  tags: ['Preparation'],
  summary: 'Delete a team; scenarios stop alerting it, incidents keep its name',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

export function teamRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(await inTenant(db, organisationId, (tx) => listTeams(tx, organisationId)), 200);
    })
    .openapi(get, async (c) => {
      const { organisationId } = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await inTenant(db, organisationId, (tx) => getTeam(tx, organisationId, id)), 200);
    })
    .openapi(create, async (c) => c.json(await createTeam(db, requireActor(c), c.req.valid('json')), 201))
    .openapi(change, async (c) =>
      c.json(await changeTeam(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(replaceMembers, async (c) => {
      const { members } = c.req.valid('json');
      return c.json(await replaceTeamMembers(db, requireActor(c), c.req.valid('param').id, members), 200);
    })
    .openapi(remove, async (c) => {
      await deleteTeam(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
