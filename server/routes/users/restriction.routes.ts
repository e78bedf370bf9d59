import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import {
  liftRestriction,
  restrictProcessing,
} from '../../modules/privacy/restriction/restrict-processing.js';
import { RESTRICTION_GROUNDS } from '../../modules/privacy/restriction/restriction-grounds.js';
import { canManageUsers } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';

const ZRestrictionBody = z
  .object({
    ground: z.enum(RESTRICTION_GROUNDS).openapi({
      description:
        'GDPR art. 18(1): (a) accuracy-contested, (b) unlawful-but-kept, (c) legal-claim, (d) objection-pending',
    }),
  })
  .openapi('RestrictionBody');

const conflict = (description: string) => ({ ...COMMON_ERRORS[400], description });

const restrict = createRoute({
  method: 'post',
  path: '/api/users/{id}/restriction',
  tags: ['Users'],
  summary:
    'Restrict processing of a person’s data (GDPR art. 18): only stored, not alerted, not on call, profile locked',
  request: {
    params: z.object({ id: z.uuid() }),
    body: { required: true, content: jsonContent(ZRestrictionBody) },
  },
  responses: {
    201: {
      description: 'Restricted',
      content: jsonContent(z.object({ restrictedAt: z.iso.datetime() })),
    },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
    409: conflict('Already restricted'),
  },
});

const lift = createRoute({
  method: 'delete',
  path: '/api/users/{id}/restriction',
  tags: ['Users'],
  summary: 'Lift a restriction of processing; the person is told by e-mail in the same step',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Lifted, and the person’s e-mail queued' },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
    409: conflict('Not restricted'),
  },
});

/** Restriction of processing, by the organisation's admin as the handler for its people. */
export function restrictionRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(restrict, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      const { restrictedAt } = await restrictProcessing(
        db,
        actor,
        c.req.valid('param').id,
        c.req.valid('json').ground,
        c.get('clientIp'),
      );
      return c.json({ restrictedAt: restrictedAt.toISOString() }, 201);
    })
    .openapi(lift, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      await liftRestriction(db, deps.jobs, actor, c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
