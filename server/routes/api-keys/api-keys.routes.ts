import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { createApiKey } from '../../modules/api-keys/create-api-key.js';
import { listApiKeys } from '../../modules/api-keys/list-api-keys.js';
import { revokeApiKey } from '../../modules/api-keys/revoke-api-key.js';
import { canManageApiKeys } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZApiKey, ZCreateApiKeyBody, ZCreatedApiKey } from './api-keys.schemas.js';

// Checked before the input is validated, so someone who may not manage keys learns nothing from it.
const adminsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(requireActor(c), canManageApiKeys);
  await next();
};

const create = createRoute({
  method: 'post',
  path: '/api/api-keys',
  tags: ['API keys'],
  summary: 'Create a key for an integration; the key is shown once, in this answer',
  middleware: [adminsOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateApiKeyBody) } },
  responses: {
    201: {
      description: 'Created; store the key now, it cannot be shown again',
      content: jsonContent(ZCreatedApiKey),
    },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/api-keys',
  tags: ['API keys'],
  summary: 'Your organisation’s keys, revoked ones included (never the key itself)',
  middleware: [adminsOnly] as const,
  responses: {
    200: { description: 'Keys, newest first', content: jsonContent(z.array(ZApiKey)) },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/api/api-keys/{id}',
  tags: ['API keys'],
  summary: 'Revoke a key; requests with it are refused from now on',
  middleware: [adminsOnly] as const,
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Revoked' },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function apiKeyRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(create, async (c) => {
      const actor = requireActor(c);
      const created = await createApiKey(db, actor, { ...c.req.valid('json'), ipAddress: c.get('clientIp') });
      return c.json({ ...created, createdAt: created.createdAt.toISOString() }, 201);
    })
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const rows = await inTenant(db, actor.organisationId, (tx) => listApiKeys(tx, actor));
      return c.json(
        rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          lastUsedAt: iso(row.lastUsedAt),
          revokedAt: iso(row.revokedAt),
        })),
        200,
      );
    })
    .openapi(revoke, async (c) => {
      await revokeApiKey(db, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
