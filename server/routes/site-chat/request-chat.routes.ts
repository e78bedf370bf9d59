import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { chatOfRequest, eraseChatOfRequest } from '../../modules/site-chat/chat-of-request.js';
import type { SiteChatContext } from '../../modules/site-chat/site-chat-context.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZStaffConversation } from './site-chat.schemas.js';

const TAGS = ['Privacy requests'];
const params = z.object({ id: z.uuid() });
const NOT_YOURS = {
  ...COMMON_ERRORS[404],
  description: 'No such request, not one you handle, or not about the platform’s own processing',
};

const read = createRoute({
  method: 'get',
  path: '/api/privacy/requests/{id}/site-chat',
  tags: TAGS,
  summary: 'Website chat conversations in which the requester’s e-mail address was given (platform requests)',
  request: { params },
  responses: {
    200: { description: 'Oldest first', content: jsonContent(z.array(ZStaffConversation)) },
    401: COMMON_ERRORS[401],
    404: NOT_YOURS,
  },
});
const erase = createRoute({
  method: 'post',
  path: '/api/privacy/requests/{id}/site-chat/erase',
  tags: TAGS,
  summary: 'Delete those conversations at once, for an erasure request (audited, counts only)',
  request: { params },
  responses: {
    200: {
      description: 'How many were deleted',
      content: jsonContent(z.object({ deleted: z.number().int() })),
    },
    401: COMMON_ERRORS[401],
    404: NOT_YOURS,
    409: {
      ...COMMON_ERRORS[400],
      description:
        'The request is closed (`privacy_request_closed`), or is not an erasure request with a verified identity (`site_chat_erase_not_due`)',
    },
  },
});

/** The handler's view of a visitor's chat data, by the address of a privacy request (P9, P17). */
export function requestChatRoutes(deps: AppDependencies) {
  const ctx: SiteChatContext = { db: deps.database.db, clock: deps.clock ?? systemClock };
  return createRouter()
    .openapi(read, async (c) =>
      c.json(await chatOfRequest(ctx, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(erase, async (c) =>
      c.json(await eraseChatOfRequest(ctx, requireActor(c), c.req.valid('param').id, c.get('clientIp')), 200),
    );
}
