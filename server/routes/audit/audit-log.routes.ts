import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { listAuditLog } from '../../modules/audit/list-audit-log.js';
import { canReadAuditLog } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { ZAuditLogPage, ZAuditLogQuery } from './audit-log.schemas.js';

// Checked before the query is validated, so someone who may not read the log learns nothing from it.
const adminsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(requireActor(c), canReadAuditLog);
  await next();
};

const list = createRoute({
  method: 'get',
  path: '/api/audit-log',
  tags: ['Audit'],
  summary: 'What happened in your organisation: sign-ins, changes to people and keys; newest first',
  middleware: [adminsOnly] as const,
  request: { query: ZAuditLogQuery },
  responses: {
    200: { description: 'One page of entries', content: { 'application/json': { schema: ZAuditLogPage } } },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

export function auditLogRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter().openapi(list, async (c) => {
    const { organisationId } = requireActor(c);
    const page = await inTenant(db, organisationId, (tx) =>
      listAuditLog(tx, organisationId, c.req.valid('query')),
    );
    return c.json(page, 200);
  });
}
