import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { grantSupportAccess } from '../../modules/operator/grant-support-access.js';
import { listSupportGrants } from '../../modules/operator/list-support-grants.js';
import { revokeSupportAccess } from '../../modules/operator/revoke-support-access.js';
import { canManageOrganisation } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZCreatedSupportGrant, ZGrantSupportAccessBody, ZSupportGrant } from './operator.schemas.js';

// Checked before the input is validated, so someone who may not grant access learns nothing from it.
const adminsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(requireActor(c), canManageOrganisation);
  await next();
};

const list = createRoute({
  method: 'get',
  path: '/api/organisation/support-access',
  tags: ['Organisation'],
  summary: 'Support access your organisation gave to the operator, ended grants included; newest first',
  middleware: [adminsOnly] as const,
  responses: {
    200: { description: 'Grants', content: jsonContent(z.array(ZSupportGrant)) },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

const grant = createRoute({
  method: 'post',
  path: '/api/organisation/support-access',
  tags: ['Organisation'],
  summary: 'Let operator support see your organisation’s content for 1 to 72 hours (admin; audited)',
  middleware: [adminsOnly] as const,
  request: { body: { required: true, content: jsonContent(ZGrantSupportAccessBody) } },
  responses: {
    201: { description: 'Granted', content: jsonContent(ZCreatedSupportGrant) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/api/organisation/support-access/{id}',
  tags: ['Organisation'],
  summary: 'End support access now (admin; audited); an ended grant stays as it is',
  middleware: [adminsOnly] as const,
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Ended' },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function supportAccessRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      const rows = await inTenant(db, organisationId, (tx) => listSupportGrants(tx, organisationId));
      return c.json(
        rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          revokedAt: iso(row.revokedAt),
        })),
        200,
      );
    })
    .openapi(grant, async (c) => {
      const created = await grantSupportAccess(db, requireActor(c), {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.json({ id: created.id, expiresAt: created.expiresAt.toISOString() }, 201);
    })
    .openapi(revoke, async (c) => {
      await revokeSupportAccess(db, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
