import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { addSwap } from '../../modules/rosters/add-swap.js';
import { changeRoster } from '../../modules/rosters/change-roster.js';
import { createRoster } from '../../modules/rosters/create-roster.js';
import { deleteRoster } from '../../modules/rosters/delete-roster.js';
import { getRosterSchedule } from '../../modules/rosters/get-roster-schedule.js';
import { listRosters } from '../../modules/rosters/list-rosters.js';
import { removeSwap } from '../../modules/rosters/remove-swap.js';
import { replaceRoleDeputies } from '../../modules/rosters/replace-role-deputies.js';
import { listRoleDeputies } from '../../modules/rosters/role-deputies.js';
import { canManageRosters } from '../../policies/rosters.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { conflictError, ITEM_ERRORS, WRITE_ERRORS, ZIdParams } from '../preparation/preparation-shared.js';
import {
  scheduleRange,
  ZChangeRosterBody,
  ZCreateRosterBody,
  ZDeputiesBody,
  ZDeputy,
  ZRoster,
  ZRosterParams,
  ZSchedule,
  ZScheduleQuery,
  ZSwap,
  ZSwapBody,
  ZSwapParams,
} from './rosters.schemas.js';

/** Setting rosters and deputies up is admin work, checked before the input (a member learns nothing from a 400). */
const rosterManagersOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(requireActor(c), canManageRosters);
  await next();
};

const READ_ERRORS = { 400: COMMON_ERRORS[400], 401: COMMON_ERRORS[401], 404: COMMON_ERRORS[404] } as const;

const list = createRoute({
  method: 'get',
  path: '/api/rosters',
  tags: ['Rosters'],
  summary: 'The on-call rosters, by role, with their members, who is on call now and the next handover',
  responses: {
    200: { description: 'Rosters', content: jsonContent(z.array(ZRoster)) },
    401: COMMON_ERRORS[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/rosters',
  tags: ['Rosters'],
  summary: 'Set up the on-call roster of a role: members take turns of shiftHours from rotationStart',
  middleware: [rosterManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateRosterBody) } },
  responses: {
    201: { description: 'Set up', content: jsonContent(ZRoster) },
    ...WRITE_ERRORS,
    409: conflictError('The role already has a roster (`roster_role_taken`)'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/rosters/{id}',
  tags: ['Rosters'],
  summary: 'Change a roster’s role, name, rotation or members; swaps stay',
  middleware: [rosterManagersOnly] as const,
  request: { params: ZRosterParams, body: { required: true, content: jsonContent(ZChangeRosterBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZRoster) },
    ...ITEM_ERRORS,
    409: conflictError('The new role already has a roster (`roster_role_taken`)'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/rosters/{id}',
  tags: ['Rosters'],
  summary: 'Delete a roster and its swaps',
  middleware: [rosterManagersOnly] as const,
  request: { params: ZRosterParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

const schedule = createRoute({
  method: 'get',
  path: '/api/rosters/{id}/schedule',
  tags: ['Rosters'],
  summary: 'Who is on call when, from `from` until `to` (at most 62 days), with swaps marked',
  request: { params: ZRosterParams, query: ZScheduleQuery },
  responses: { 200: { description: 'The schedule', content: jsonContent(ZSchedule) }, ...READ_ERRORS },
});

const swap = createRoute({
  method: 'post',
  path: '/api/rosters/{id}/swaps',
  tags: ['Rosters'],
  summary:
    'Someone else is on call for a period (at most 31 days): admins, or whoever has that whole period as their shift',
  request: { params: ZRosterParams, body: { required: true, content: jsonContent(ZSwapBody) } },
  responses: { 201: { description: 'Swapped', content: jsonContent(ZSwap) }, ...ITEM_ERRORS },
});

const unswap = createRoute({
  method: 'delete',
  path: '/api/rosters/{id}/swaps/{swapId}',
  tags: ['Rosters'],
  summary: 'Withdraw a swap (admins, or whoever made it)',
  request: { params: ZSwapParams },
  responses: { 204: { description: 'Withdrawn' }, ...ITEM_ERRORS },
});

const deputies = createRoute({
  method: 'get',
  path: '/api/roles/{id}/deputies',
  tags: ['Rosters'],
  summary: 'Who stands in for a role when nobody holding it is coming, in the order they are alerted',
  request: { params: ZIdParams },
  responses: {
    200: { description: 'Deputies', content: jsonContent(z.array(ZDeputy)) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const replaceDeputies = createRoute({
  method: 'put',
  path: '/api/roles/{id}/deputies',
  tags: ['Rosters'],
  summary: 'Set a role’s deputies in order (the list replaces the previous one)',
  middleware: [rosterManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZDeputiesBody) } },
  responses: { 200: { description: 'Deputies', content: jsonContent(z.array(ZDeputy)) }, ...ITEM_ERRORS },
});

const moment = (iso: string) => new Date(iso);

export function rosterRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(
        await inTenant(db, organisationId, (tx) => listRosters(tx, organisationId, new Date())),
        200,
      );
    })
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const input = { ...body, rotationStart: moment(body.rotationStart) };
      return c.json(await createRoster(db, requireActor(c), input, c.get('clientIp')), 201);
    })
    .openapi(change, async (c) => {
      const { rotationStart, ...body } = c.req.valid('json');
      const changes = {
        ...body,
        ...(rotationStart === undefined ? {} : { rotationStart: moment(rotationStart) }),
      };
      return c.json(
        await changeRoster(db, requireActor(c), c.req.valid('param').id, changes, c.get('clientIp')),
        200,
      );
    })
    .openapi(remove, async (c) => {
      await deleteRoster(db, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(schedule, async (c) => {
      const actor = requireActor(c);
      const { from, to } = scheduleRange(c.req.valid('query'));
      const id = c.req.valid('param').id;
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => getRosterSchedule(tx, actor, id, from, to)),
        200,
      );
    })
    .openapi(swap, async (c) => {
      const body = c.req.valid('json');
      const input = { ...body, startsAt: moment(body.startsAt), endsAt: moment(body.endsAt) };
      return c.json(
        await addSwap(db, requireActor(c), c.req.valid('param').id, input, c.get('clientIp')),
        201,
      );
    })
    .openapi(unswap, async (c) => {
      const { id, swapId } = c.req.valid('param');
      await removeSwap(db, requireActor(c), id, swapId, c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(deputies, async (c) => {
      const { organisationId } = requireActor(c);
      const roleId = c.req.valid('param').id;
      return c.json(
        await inTenant(db, organisationId, (tx) => listRoleDeputies(tx, organisationId, roleId)),
        200,
      );
    })
    .openapi(replaceDeputies, async (c) =>
      c.json(
        await replaceRoleDeputies(
          db,
          requireActor(c),
          c.req.valid('param').id,
          c.req.valid('json').userIds,
          c.get('clientIp'),
        ),
        200,
      ),
    );
}
