import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/database.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { forbidden } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import { listOrganisations } from '../../modules/operator/list-organisations.js';
import { canListOrganisations } from '../../policies/operator.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZOperatorOrganisation } from './operator.schemas.js';

// Organisation admins are not operator staff: only a staff role opens the console.
const operatorStaffOnly =
  (db: Database): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!canListOrganisations(await operatorRoleOf(db, requireActor(c).userId))) throw forbidden();
    await next();
  };

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function operatorRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const list = createRoute({
    method: 'get',
    path: '/api/operator/organisations',
    tags: ['Operator'],
    summary: 'Every customer organisation with its settings, head counts and support access (operator staff)',
    middleware: [operatorStaffOnly(db)] as const,
    responses: {
      200: { description: 'Organisations, by name', content: jsonContent(z.array(ZOperatorOrganisation)) },
      401: COMMON_ERRORS[401],
      403: { ...COMMON_ERRORS[401], description: 'Only operator staff may do this' },
    },
  });
  return createRouter().openapi(list, async (c) => {
    const rows = await listOrganisations(db);
    return c.json(
      rows.map((row) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
        cancelledAt: iso(row.cancelledAt),
        supportAccessUntil: iso(row.supportAccessUntil),
      })),
      200,
    );
  });
}
