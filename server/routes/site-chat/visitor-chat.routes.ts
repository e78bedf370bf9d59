import { createRoute } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { answerSatisfaction } from '../../modules/site-chat/answer-satisfaction.js';
import { limitChatReads } from '../../modules/site-chat/chat-rate-limit.js';
import { endConversation } from '../../modules/site-chat/end-conversation.js';
import { giveContactDetails } from '../../modules/site-chat/give-contact-details.js';
import { postVisitorMessage } from '../../modules/site-chat/post-visitor-message.js';
import { readVisitorConversation } from '../../modules/site-chat/read-visitor-conversation.js';
import type { SiteChatContext } from '../../modules/site-chat/site-chat-context.js';
import { startConversation } from '../../modules/site-chat/start-conversation.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  ZContactAnswerBody,
  ZMessageBody,
  ZSatisfactionBody,
  ZStartBody,
  ZStarted,
  ZTokenHeader,
  ZVisitorConversation,
  ZWaitQuery,
} from './site-chat.schemas.js';

const TAGS = ['Website chat'];
const GONE = {
  ...COMMON_ERRORS[404],
  description: 'No conversation with this token: ended, deleted or never started',
};
const CONFLICT = {
  ...COMMON_ERRORS[400],
  description: 'Not possible in the conversation’s state (closed, nothing asked)',
};
const TOO_MANY = {
  ...COMMON_ERRORS[400],
  description: 'Too many conversations or messages from this address (Retry-After)',
};
const CONVERSATION = { description: 'The conversation', content: jsonContent(ZVisitorConversation) };

const start = createRoute({
  method: 'post',
  path: '/api/site-chat/conversations',
  tags: TAGS,
  summary: 'Start a conversation with the first message (website visitors, no account)',
  description:
    'Returns a random token once; only its SHA-256 is stored. Send it in the `X-Site-Chat-Token` header to read and continue the conversation. At most 5 new conversations per hour per address of origin.',
  request: { body: { required: true, content: jsonContent(ZStartBody) } },
  responses: {
    201: { description: 'The conversation and its token', content: jsonContent(ZStarted) },
    400: COMMON_ERRORS[400],
    429: TOO_MANY,
  },
});
const read = createRoute({
  method: 'get',
  path: '/api/site-chat/conversation',
  tags: TAGS,
  summary: 'Read your conversation; with `after`, wait for something newer (long-poll)',
  request: { headers: ZTokenHeader, query: ZWaitQuery },
  responses: { 200: CONVERSATION, 400: COMMON_ERRORS[400], 404: GONE, 429: TOO_MANY },
});
const send = createRoute({
  method: 'post',
  path: '/api/site-chat/conversation/messages',
  tags: TAGS,
  summary: 'Send another message; after "answered" it opens the conversation again',
  request: { headers: ZTokenHeader, body: { required: true, content: jsonContent(ZMessageBody) } },
  responses: { 200: CONVERSATION, 400: COMMON_ERRORS[400], 404: GONE, 409: CONFLICT, 429: TOO_MANY },
});
const contact = createRoute({
  method: 'post',
  path: '/api/site-chat/conversation/contact-details',
  tags: TAGS,
  summary: 'Answer the staff’s request for contact details: any of the fields asked for, or none',
  request: { headers: ZTokenHeader, body: { required: true, content: jsonContent(ZContactAnswerBody) } },
  responses: { 200: CONVERSATION, 400: COMMON_ERRORS[400], 404: GONE, 409: CONFLICT },
});
const satisfaction = createRoute({
  method: 'post',
  path: '/api/site-chat/conversation/satisfaction',
  tags: TAGS,
  summary:
    'Answer "is your question answered?": yes resolves it (deleted at the next nightly run), no opens it again',
  request: { headers: ZTokenHeader, body: { required: true, content: jsonContent(ZSatisfactionBody) } },
  responses: { 200: CONVERSATION, 400: COMMON_ERRORS[400], 404: GONE, 409: CONFLICT },
});
const end = createRoute({
  method: 'delete',
  path: '/api/site-chat/conversation',
  tags: TAGS,
  summary: 'End the conversation and delete it, with its messages and contact details, at once',
  request: { headers: ZTokenHeader },
  responses: { 204: { description: 'Deleted' }, 400: COMMON_ERRORS[400], 404: GONE },
});

/** The visitor's side of the website chat (P9): public, the conversation token is the credential. */
export function visitorChatRoutes(deps: AppDependencies) {
  const ctx: SiteChatContext = { db: deps.database.db, clock: deps.clock ?? systemClock };
  const token = (headers: { 'x-site-chat-token': string }) => headers['x-site-chat-token'];
  return createRouter()
    .openapi(start, async (c) => {
      const started = await startConversation(ctx, {
        message: c.req.valid('json').message,
        language: c.get('language'),
        ipAddress: c.get('clientIp'),
      });
      return c.json(started, 201);
    })
    .openapi(read, async (c) => {
      await limitChatReads(ctx.db, c.get('clientIp'), ctx.clock());
      const conversation = await readVisitorConversation(
        { ...ctx, hub: deps.hub },
        token(c.req.valid('header')),
        { afterVersion: c.req.valid('query').after, signal: c.req.raw.signal },
      );
      return c.json(conversation, 200);
    })
    .openapi(send, async (c) => {
      const conversation = await postVisitorMessage(ctx, token(c.req.valid('header')), {
        message: c.req.valid('json').message,
        ipAddress: c.get('clientIp'),
      });
      return c.json(conversation, 200);
    })
    .openapi(contact, async (c) => {
      const conversation = await giveContactDetails(ctx, token(c.req.valid('header')), c.req.valid('json'));
      return c.json(conversation, 200);
    })
    .openapi(satisfaction, async (c) => {
      const conversation = await answerSatisfaction(
        ctx,
        token(c.req.valid('header')),
        c.req.valid('json').satisfied,
      );
      return c.json(conversation, 200);
    })
    .openapi(end, async (c) => {
      await endConversation(ctx, token(c.req.valid('header')));
      return c.body(null, 204);
    });
}
