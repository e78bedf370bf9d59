import { createRoute, z } from '@hono/zod-openapi';
import { listOutboxMessages } from '../../channels/email/list-outbox.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { canManageOrganisation } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { presentOutboxMessage, ZOutboxMessage, ZOutboxQuery } from './mail-outbox.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/organisation/mail',
  tags: ['Organisation'],
  summary:
    'E-mail sent to your organisation’s people, with delivery status; without SMTP this is the local outbox',
  description:
    'When Baken runs without SMTP_URL, mail is kept here instead of sent ("stored"), so an administrator can pass on an invitation link by hand.',
  request: { query: ZOutboxQuery },
  responses: {
    200: {
      description: 'Newest first',
      content: { 'application/json': { schema: z.array(ZOutboxMessage) } },
    },
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[401], description: 'Only organisation administrators may read it' },
  },
});

export function mailOutboxRoutes(deps: AppDependencies) {
  return createRouter().openapi(list, async (c) => {
    const actor = requireActor(c);
    requirePermission(actor, canManageOrganisation);
    const rows = await inTenant(deps.database.db, actor.organisationId, (tx) =>
      listOutboxMessages(tx, c.req.valid('query')),
    );
    return c.json(
      rows.map((row) => presentOutboxMessage(row, { invitationLinks: !deps.config.SMTP_URL })),
      200,
    );
  });
}
