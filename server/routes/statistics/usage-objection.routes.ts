import { createRoute } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { readUsageObjection, setOwnUsageObjection } from '../../modules/statistics/usage-objection.js';
import { canObjectToUsageStatistics } from '../../policies/statistics.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZUsageObjection, ZUsageObjectionBody } from './statistics.schemas.js';

const read = createRoute({
  method: 'get',
  path: '/api/me/usage-statistics',
  tags: ['Privacy'],
  summary: 'Whether you object to usage statistics about you (GDPR art. 21)',
  responses: {
    200: { description: 'Your choice', content: jsonContent(ZUsageObjection) },
    401: COMMON_ERRORS[401],
  },
});

const change = createRoute({
  method: 'put',
  path: '/api/me/usage-statistics',
  tags: ['Privacy'],
  summary: 'Object to usage statistics about you, or withdraw the objection',
  description:
    'Objecting takes effect at once: what was collected about you is deleted and nothing more is collected. Withdrawing restarts collection from that moment; nothing deleted comes back. Audited.',
  request: { body: { required: true, content: jsonContent(ZUsageObjectionBody) } },
  responses: {
    200: { description: 'Your choice now', content: jsonContent(ZUsageObjection) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
  },
});

/** The objection switch on "Mijn gegevens" (P10). */
export function usageObjectionRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(read, async (c) => {
      const actor = requireActor(c);
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => readUsageObjection(tx, actor.userId)),
        200,
      );
    })
    .openapi(change, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canObjectToUsageStatistics);
      const state = await setOwnUsageObjection(db, actor, c.req.valid('json').objecting, c.get('clientIp'));
      return c.json(state, 200);
    });
}
