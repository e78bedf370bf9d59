import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import type { PrivacyRequestContext } from '../../modules/privacy/requests/request-context.js';
import {
  withdrawOwnRequest,
  withdrawPublicRequest,
} from '../../modules/privacy/requests/withdraw-request.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';

const TAGS = ['Privacy requests'];
const CLOSED = {
  ...COMMON_ERRORS[400],
  description: 'Already answered, rejected or withdrawn (`privacy_request_not_withdrawable`)',
};

const withdrawOwn = createRoute({
  method: 'post',
  path: '/api/privacy/requests/{id}/withdraw',
  tags: TAGS,
  summary: 'Withdraw your own open request; its ID copy is deleted at once and the handler sees it withdrawn',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Withdrawn' },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: CLOSED,
  },
});
const withdrawPublic = createRoute({
  method: 'post',
  path: '/api/privacy/requests/public/withdraw',
  tags: TAGS,
  summary:
    'Withdraw a request made through the public form, with the signed link from its acknowledgement e-mail',
  request: {
    body: {
      required: true,
      content: jsonContent(
        z.object({ token: z.string().min(10).max(300) }).openapi('PrivacyRequestWithdrawToken'),
      ),
    },
  },
  responses: {
    204: { description: 'Withdrawn' },
    400: COMMON_ERRORS[400],
    409: CLOSED,
    410: { ...COMMON_ERRORS[400], description: 'The link is not valid' },
  },
});

/** Withdrawing a privacy request (P17): by the signed-in requester, or through the e-mailed link. */
export function withdrawRequestRoutes(deps: AppDependencies) {
  const ctx: PrivacyRequestContext = {
    db: deps.database.db,
    jobs: deps.jobs,
    secretKey: deps.secretKey,
    // Read when a mail is made: without PUBLIC_URL the server learns its address only once it listens.
    get publicUrl() {
      return deps.publicUrl;
    },
    clock: deps.clock ?? systemClock,
  };
  // The public path first: `public` would otherwise be read as a request id.
  return createRouter()
    .openapi(withdrawPublic, async (c) => {
      await withdrawPublicRequest(ctx, c.req.valid('json').token, c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(withdrawOwn, async (c) => {
      await withdrawOwnRequest(ctx, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
