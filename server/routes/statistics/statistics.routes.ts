import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/database.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { forbidden } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import { organisationStatistics } from '../../modules/statistics/organisation-statistics.js';
import { platformStatistics } from '../../modules/statistics/platform-statistics.js';
import { projectUsageEvents } from '../../modules/statistics/project-usage-events.js';
import { periodBounds } from '../../modules/statistics/usage-period.js';
import { canReadOrganisationStatistics, canReadPlatformStatistics } from '../../policies/statistics.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  periodDays,
  ZOrganisationStatistics,
  ZPlatformStatistics,
  ZStatisticsQuery,
} from './statistics.schemas.js';

// Checked before the query is validated, so someone who may not read the figures learns nothing.
const adminsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(requireActor(c), canReadOrganisationStatistics);
  await next();
};

const staffOnly =
  (db: Database): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!canReadPlatformStatistics(await operatorRoleOf(db, requireActor(c).userId))) throw forbidden();
    await next();
  };

const STAFF_ONLY = { ...COMMON_ERRORS[403], description: 'Only operator staff may do this' };

export function statisticsRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const organisation = createRoute({
    method: 'get',
    path: '/api/statistics',
    tags: ['Statistics'],
    summary: 'How your organisation uses Baken over a period: aggregates only (organisation admins)',
    description:
      'Never per person. People who objected to usage statistics, or whose processing is restricted, are in no figure.',
    middleware: [adminsOnly] as const,
    request: { query: ZStatisticsQuery },
    responses: {
      200: { description: 'The figures', content: jsonContent(ZOrganisationStatistics) },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      403: COMMON_ERRORS[403],
    },
  });
  const platform = createRoute({
    method: 'get',
    path: '/api/operator/statistics',
    tags: ['Operator'],
    summary: 'Use per customer organisation over a period: counts only (operator staff)',
    middleware: [staffOnly(db)] as const,
    request: { query: ZStatisticsQuery },
    responses: {
      200: { description: 'Per organisation, by name', content: jsonContent(ZPlatformStatistics) },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  return (
    createRouter()
      // Each read first catches up with the events outbox, so the figures include the last minute.
      .openapi(organisation, async (c) => {
        const { organisationId } = requireActor(c);
        await projectUsageEvents(db);
        const period = periodBounds(periodDays(c.req.valid('query').days), new Date());
        const figures = await inTenant(db, organisationId, (tx) =>
          organisationStatistics(tx, organisationId, period),
        );
        return c.json(figures, 200);
      })
      .openapi(platform, async (c) => {
        await projectUsageEvents(db);
        const period = periodBounds(periodDays(c.req.valid('query').days), new Date());
        const organisations = await platformStatistics(db, period);
        return c.json(
          {
            period: { days: period.days, from: period.from.toISOString(), to: period.to.toISOString() },
            organisations,
          },
          200,
        );
      })
  );
}
