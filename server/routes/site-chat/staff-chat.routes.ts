import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/database.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { askContactDetails } from '../../modules/site-chat/ask-contact-details.js';
import { listInbox } from '../../modules/site-chat/list-inbox.js';
import { markAnswered } from '../../modules/site-chat/mark-answered.js';
import { readForStaff } from '../../modules/site-chat/read-for-staff.js';
import { replyToVisitor } from '../../modules/site-chat/reply-to-visitor.js';
import type { SiteChatContext } from '../../modules/site-chat/site-chat-context.js';
import { requireChatStaff } from '../../modules/site-chat/staff-access.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZContactRequestBody, ZInboxItem, ZMessageBody, ZStaffConversation } from './site-chat.schemas.js';

const TAGS = ['Website chat'];
const params = z.object({ id: z.uuid() });
const STAFF_ONLY = {
  ...COMMON_ERRORS[403],
  description: 'Only the operator’s staff answer the website chat',
};
const CONFLICT = {
  ...COMMON_ERRORS[400],
  description: 'Not possible in the conversation’s state (closed, already answered)',
};
const CONVERSATION = { description: 'The conversation', content: jsonContent(ZStaffConversation) };

// Checked before the input, so someone outside the staff learns nothing from a 400 either.
const chatStaffOnly =
  (db: Database): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await requireChatStaff(db, requireActor(c));
    await next();
  };

/** The staff inbox of the website chat (P9): the operator's support, privacy officer and platform admins. */
export function staffChatRoutes(deps: AppDependencies) {
  const ctx: SiteChatContext = { db: deps.database.db, clock: deps.clock ?? systemClock };
  const staffOnly = chatStaffOnly(ctx.db);
  const actionResponses = {
    200: CONVERSATION,
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: STAFF_ONLY,
    404: COMMON_ERRORS[404],
    409: CONFLICT,
  };
  const inbox = createRoute({
    method: 'get',
    path: '/api/operator/site-chat',
    tags: TAGS,
    summary: 'The website chat inbox: conversations waiting for staff first, longest waiting on top',
    description: 'Follow `site-chat` on /api/events for changes (ids and versions only).',
    middleware: [staffOnly] as const,
    responses: {
      200: { description: 'Conversations', content: jsonContent(z.array(ZInboxItem)) },
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  const readOne = createRoute({
    method: 'get',
    path: '/api/operator/site-chat/{id}',
    tags: TAGS,
    summary: 'One conversation with its messages and contact details (audited)',
    middleware: [staffOnly] as const,
    request: { params },
    responses: { 200: CONVERSATION, 401: COMMON_ERRORS[401], 403: STAFF_ONLY, 404: COMMON_ERRORS[404] },
  });
  const reply = createRoute({
    method: 'post',
    path: '/api/operator/site-chat/{id}/messages',
    tags: TAGS,
    summary: 'Answer the visitor',
    middleware: [staffOnly] as const,
    request: { params, body: { required: true, content: jsonContent(ZMessageBody) } },
    responses: actionResponses,
  });
  const askContact = createRoute({
    method: 'post',
    path: '/api/operator/site-chat/{id}/contact-request',
    tags: TAGS,
    summary:
      'Ask the visitor for name, e-mail address and/or company, saying why; each field is optional for them',
    middleware: [staffOnly] as const,
    request: { params, body: { required: true, content: jsonContent(ZContactRequestBody) } },
    responses: actionResponses,
  });
  const answered = createRoute({
    method: 'post',
    path: '/api/operator/site-chat/{id}/mark-answered',
    tags: TAGS,
    summary:
      'Mark the question answered: the visitor is asked to confirm; without an answer in 7 days it counts as resolved',
    middleware: [staffOnly] as const,
    request: { params },
    responses: actionResponses,
  });
  return createRouter()
    .openapi(inbox, async (c) => c.json(await listInbox(ctx, requireActor(c)), 200))
    .openapi(readOne, async (c) =>
      c.json(await readForStaff(ctx, requireActor(c), c.req.valid('param').id, c.get('clientIp')), 200),
    )
    .openapi(reply, async (c) => {
      const { message } = c.req.valid('json');
      const conversation = await replyToVisitor(ctx, requireActor(c), c.req.valid('param').id, {
        message,
        ipAddress: c.get('clientIp'),
      });
      return c.json(conversation, 200);
    })
    .openapi(askContact, async (c) => {
      const conversation = await askContactDetails(ctx, requireActor(c), c.req.valid('param').id, {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.json(conversation, 200);
    })
    .openapi(answered, async (c) =>
      c.json(await markAnswered(ctx, requireActor(c), c.req.valid('param').id, c.get('clientIp')), 200),
    );
}
