import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { listMySessions } from '../../modules/accounts/list-my-sessions.js';
import { endSession } from '../../modules/accounts/resolve-session.js';
import { recordAudit } from '../../modules/audit/record-audit.js';
import { notFound } from '../../modules/domain-error.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';

const ZSession = z
  .object({
    id: z.uuid(),
    ipAddress: z.string().nullable(),
    device: z.string().nullable(),
    operatingSystem: z.string().nullable(),
    browser: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    current: z.boolean(),
  })
  .openapi('Session');

const listSessions = createRoute({
  method: 'get',
  path: '/api/me/sessions',
  tags: ['Accounts'],
  summary: 'Your signed-in devices, with IP address, device, operating system and browser',
  responses: {
    200: {
      description: 'Your live sessions',
      content: { 'application/json': { schema: z.array(ZSession) } },
    },
    401: COMMON_ERRORS[401],
  },
});

const deleteSession = createRoute({
  method: 'delete',
  path: '/api/me/sessions/{id}',
  tags: ['Accounts'],
  summary: 'Sign out one of your devices; refused at once on every instance',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Ended' }, 401: COMMON_ERRORS[401], 404: COMMON_ERRORS[404] },
});

export function sessionRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(listSessions, async (c) => {
      const rows = await listMySessions(db, requireActor(c));
      return c.json(
        rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          lastSeenAt: row.lastSeenAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
        })),
        200,
      );
    })
    .openapi(deleteSession, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      if (!(await endSession(db, actor, id))) throw notFound();
      await recordAudit(db, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'session.ended',
        targetType: 'session',
        targetId: id,
        ipAddress: c.get('clientIp'),
      });
      return c.body(null, 204);
    });
}
