import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { listOutboxMessages } from '../../channels/email/list-outbox.js';
import type { Database } from '../../db/database.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { forbidden } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import { listOrganisations } from '../../modules/operator/list-organisations.js';
import { restoreOrganisation } from '../../modules/operator/restore-organisation.js';
import { promiseRegister } from '../../modules/privacy/promise-register.js';
import {
  canListOrganisations,
  canManageOrganisations,
  canReadPromiseRegister,
  type OperatorRole,
} from '../../policies/operator.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { presentOutboxMessage, ZOutboxMessage, ZOutboxQuery } from '../organisation/mail-outbox.schemas.js';
import { ZOperatorOrganisation, ZPromiseEntry } from './operator.schemas.js';

// Organisation admins are not operator staff: only a staff role opens the console.
const operatorStaffOnly =
  (db: Database, rule: (role: OperatorRole | undefined) => boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!rule(await operatorRoleOf(db, requireActor(c).userId))) throw forbidden();
    await next();
  };

const STAFF_ONLY = { ...COMMON_ERRORS[401], description: 'Only operator staff may do this' };

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function operatorRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const list = createRoute({
    method: 'get',
    path: '/api/operator/organisations',
    tags: ['Operator'],
    summary: 'Every customer organisation with its settings, head counts and support access (operator staff)',
    middleware: [operatorStaffOnly(db, canListOrganisations)] as const,
    responses: {
      200: { description: 'Organisations, by name', content: jsonContent(z.array(ZOperatorOrganisation)) },
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  const restore = createRoute({
    method: 'post',
    path: '/api/operator/organisations/{id}/restore',
    tags: ['Operator'],
    summary: 'Undo an organisation’s cancellation during the grace period (platform admin)',
    middleware: [operatorStaffOnly(db, canManageOrganisations)] as const,
    request: { params: z.object({ id: z.uuid() }) },
    responses: {
      204: { description: 'Restored' },
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
      404: COMMON_ERRORS[404],
    },
  });
  const outbox = createRoute({
    method: 'get',
    path: '/api/operator/mail',
    tags: ['Operator'],
    summary:
      'All e-mail the platform sent or holds in its local outbox, with delivery status (operator staff)',
    middleware: [operatorStaffOnly(db, canListOrganisations)] as const,
    request: { query: ZOutboxQuery },
    responses: {
      200: { description: 'Newest first', content: jsonContent(z.array(ZOutboxMessage)) },
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  const promises = createRoute({
    method: 'get',
    path: '/api/operator/promises',
    tags: ['Operator'],
    summary:
      'The promise register: each promise of the privacy statement (P1–P21) with the code that keeps it and the tests that prove it (operator staff)',
    middleware: [operatorStaffOnly(db, canReadPromiseRegister)] as const,
    responses: {
      200: { description: 'P1 to P21, in order', content: jsonContent(z.array(ZPromiseEntry)) },
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  return createRouter()
    .openapi(promises, (c) => c.json(promiseRegister(), 200))
    .openapi(restore, async (c) => {
      await restoreOrganisation(db, requireActor(c).userId, c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(outbox, async (c) =>
      c.json(
        (await listOutboxMessages(db, c.req.valid('query'))).map((row) =>
          presentOutboxMessage(row, { invitationLinks: false }),
        ),
        200,
      ),
    )
    .openapi(list, async (c) => {
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
