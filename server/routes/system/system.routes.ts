import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { createRouter } from '../openapi-router.js';

const ZHealth = z.object({ status: z.literal('ok'), version: z.string() }).openapi('Health');
const ZReadiness = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .openapi('Readiness');

const health = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['System'],
  summary: 'The process is up',
  responses: { 200: { description: 'Alive', content: { 'application/json': { schema: ZHealth } } } },
});

const readiness = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['System'],
  summary: 'The process can serve requests: the database answers and no shutdown is under way',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: ZReadiness } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: ZReadiness } } },
  },
});

export function systemRoutes(deps: AppDependencies) {
  return createRouter()
    .openapi(health, (c) => c.json({ status: 'ok' as const, version: deps.version }, 200))
    .openapi(readiness, async (c) => {
      const body = { database: deps.database.kind, version: deps.version };
      if (deps.isShuttingDown()) return c.json({ status: 'unavailable' as const, ...body }, 503);
      try {
        await deps.database.executeSql('select 1');
        return c.json({ status: 'ready' as const, ...body }, 200);
      } catch {
        return c.json({ status: 'unavailable' as const, ...body }, 503);
      }
    });
}
