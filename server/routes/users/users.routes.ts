import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { changeUser } from '../../modules/users/change-user.js';
import { inviteUser } from '../../modules/users/invite-user.js';
import { listUsers } from '../../modules/users/list-users.js';
import { canManageUsers } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { ZChangeUserBody, ZInviteBody, ZUser, ZUsersQuery } from './users.schemas.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const FORBIDDEN = { ...COMMON_ERRORS[401], description: 'Only organisation administrators may do this' };

const list = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['Users'],
  summary: 'People of your organisation (search by name, e-mail or job title)',
  request: { query: ZUsersQuery },
  responses: { 200: { description: 'People', content: json(z.array(ZUser)) }, 401: COMMON_ERRORS[401] },
});

const invite = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Invite a person by e-mail; they choose their own password',
  request: { body: { required: true, content: json(ZInviteBody) } },
  responses: {
    201: { description: 'Invited', content: json(z.object({ id: z.uuid() })) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: FORBIDDEN,
    409: { ...COMMON_ERRORS[400], description: 'The address already has an account' },
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['Users'],
  summary: 'Change a person’s role, or deactivate/reactivate them (signs them out everywhere)',
  request: { params: z.object({ id: z.uuid() }), body: { required: true, content: json(ZChangeUserBody) } },
  responses: {
    204: { description: 'Changed' },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: FORBIDDEN,
    404: COMMON_ERRORS[404],
  },
});

export function userRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const rows = await inTenant(db, actor.organisationId, (tx) =>
        listUsers(tx, actor, c.req.valid('query').search),
      );
      return c.json(
        rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
        200,
      );
    })
    .openapi(invite, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      const id = await inviteUser(
        db,
        deps.jobs,
        deps.publicUrl,
        actor,
        c.req.valid('json'),
        c.get('clientIp'),
      );
      return c.json({ id }, 201);
    })
    .openapi(change, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      await changeUser(db, actor, c.req.valid('param').id, c.req.valid('json'), c.get('clientIp'));
      return c.body(null, 204);
    });
}
