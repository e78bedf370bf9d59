import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { cancelOrganisation } from '../../modules/accounts/cancel-account.js';
import { getOrganisation, updateOrganisation } from '../../modules/accounts/organisation-settings.js';
import { canManageOrganisation } from '../../policies/accounts.js';
import { ZPasswordBody } from '../auth/me.schemas.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';

const ZOrganisation = z
  .object({ id: z.uuid(), name: z.string(), requireSecondFactor: z.boolean() })
  .openapi('Organisation');

const ZUpdateOrganisationBody = z
  .object({ name: z.string().trim().min(2).max(200), requireSecondFactor: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'field_nothing_to_change')
  .openapi('UpdateOrganisationBody');

const read = createRoute({
  method: 'get',
  path: '/api/organisation',
  tags: ['Organisation'],
  summary: 'Your organisation and its settings',
  responses: {
    200: { description: 'Organisation', content: jsonContent(ZOrganisation) },
    401: COMMON_ERRORS[401],
  },
});

const update = createRoute({
  method: 'patch',
  path: '/api/organisation',
  tags: ['Organisation'],
  summary: 'Rename the organisation or make a second factor mandatory (admin)',
  request: { body: { required: true, content: jsonContent(ZUpdateOrganisationBody) } },
  responses: {
    200: { description: 'Updated', content: jsonContent(ZOrganisation) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

const cancel = createRoute({
  method: 'post',
  path: '/api/organisation/cancel',
  tags: ['Organisation'],
  summary:
    'Cancel the organisation (admin, password required): everyone is signed out, data erased after the grace period',
  request: { body: { required: true, content: jsonContent(ZPasswordBody) } },
  responses: {
    204: { description: 'Cancelled' },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

export function organisationRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(read, async (c) => c.json(await getOrganisation(db, requireActor(c)), 200))
    .openapi(update, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageOrganisation);
      await updateOrganisation(db, actor, c.req.valid('json'));
      return c.json(await getOrganisation(db, actor), 200);
    })
    .openapi(cancel, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageOrganisation);
      await cancelOrganisation(
        db,
        actor,
        c.req.valid('json').password,
        deps.config.ERASURE_GRACE_DAYS,
        c.get('clientIp'),
      );
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
