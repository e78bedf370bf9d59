import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { answerRequest } from '../../modules/privacy/requests/answer-request.js';
import { extendRequest } from '../../modules/privacy/requests/extend-request.js';
import { readableRequest } from '../../modules/privacy/requests/handled-request.js';
import { askForIdCopy, readIdCopy, uploadIdCopy } from '../../modules/privacy/requests/id-copy.js';
import { listHandlerQueue } from '../../modules/privacy/requests/list-requests.js';
import { confirmPublicRequest, submitPublicRequest } from '../../modules/privacy/requests/public-request.js';
import type { PrivacyRequestContext } from '../../modules/privacy/requests/request-context.js';
import {
  hasIdCopy,
  listOwnRequests,
  listRequestEvents,
} from '../../modules/privacy/requests/request-store.js';
import { submitOwnRequest } from '../../modules/privacy/requests/submit-own-request.js';
import { verifyIdentity } from '../../modules/privacy/requests/verify-identity.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  presentEvent,
  presentRequest,
  ZAnswerBody,
  ZConfirmed,
  ZExtendBody,
  ZIdCopyBody,
  ZOwnRequestBody,
  ZPrivacyRequest,
  ZPrivacyRequestDetail,
  ZPublicRequestBody,
  ZReasonBody,
  ZTokenBody,
} from './privacy-requests.schemas.js';

const TAGS = ['Privacy requests'];
const params = z.object({ id: z.uuid() });
const CONFLICT = {
  ...COMMON_ERRORS[400],
  description:
    'Not possible in the request’s state: closed, already extended, extension after the first due date',
};
const LINK_INVALID = { ...COMMON_ERRORS[400], description: 'The link is unknown, used or expired' };
const TOO_MANY = { ...COMMON_ERRORS[400], description: 'Too many mails from this address (Retry-After)' };
const ACTION_RESPONSES = {
  204: { description: 'Done' },
  400: COMMON_ERRORS[400],
  401: COMMON_ERRORS[401],
  404: COMMON_ERRORS[404],
  409: CONFLICT,
};
const actionWithBody = <Body extends z.ZodType>(summary: string, path: string, body: Body) =>
  createRoute({
    method: 'post',
    path,
    tags: TAGS,
    summary,
    request: { params, body: { required: true, content: jsonContent(body) } },
    responses: ACTION_RESPONSES,
  });

const listOwn = createRoute({
  method: 'get',
  path: '/api/privacy/requests',
  tags: TAGS,
  summary: 'Your own privacy requests, newest first',
  responses: {
    200: { description: 'Requests', content: jsonContent(z.array(ZPrivacyRequest)) },
    401: COMMON_ERRORS[401],
  },
});
const createOwn = createRoute({
  method: 'post',
  path: '/api/privacy/requests',
  tags: TAGS,
  summary: 'File a privacy request (GDPR art. 15–21) as the signed-in person, re-entering the password',
  description:
    'Re-entering the password is the identity check; the request is received at once and due one calendar month or 30 days later, whichever comes first.',
  request: { body: { required: true, content: jsonContent(ZOwnRequestBody) } },
  responses: {
    201: { description: 'The request', content: jsonContent(ZPrivacyRequest) },
    400: COMMON_ERRORS[400],
    401: { ...COMMON_ERRORS[401], description: 'Not signed in, or the password is wrong' },
  },
});
const createPublic = createRoute({
  method: 'post',
  path: '/api/privacy/requests/public',
  tags: TAGS,
  summary: 'File a privacy request without an account: a confirmation link goes to the e-mail address first',
  description:
    'Nothing counts until the link is used. At most 10 mails per 15 minutes per address of origin.',
  request: { body: { required: true, content: jsonContent(ZPublicRequestBody) } },
  responses: { 202: { description: 'A link was sent' }, 400: COMMON_ERRORS[400], 429: TOO_MANY },
});
const confirmPublic = createRoute({
  method: 'post',
  path: '/api/privacy/requests/public/confirm',
  tags: TAGS,
  summary: 'Confirm the e-mail address of a public request: the request is received now',
  request: { body: { required: true, content: jsonContent(ZTokenBody) } },
  responses: {
    200: { description: 'The request now counts', content: jsonContent(ZConfirmed) },
    400: COMMON_ERRORS[400],
    410: LINK_INVALID,
  },
});
const uploadCopy = createRoute({
  method: 'post',
  path: '/api/privacy/requests/public/id-copy',
  tags: TAGS,
  summary: 'Send a copy of an identity document (BSN and photo masked) through the link from the e-mail',
  description:
    'Stored encrypted with the platform secret, readable only by the handler, deleted once checked.',
  request: { body: { required: true, content: jsonContent(ZIdCopyBody) } },
  responses: { 204: { description: 'Received' }, 400: COMMON_ERRORS[400], 410: LINK_INVALID },
});
const queue = createRoute({
  method: 'get',
  path: '/api/privacy/request-queue',
  tags: TAGS,
  summary:
    'Requests you handle: the platform’s (operator privacy officer, platform admin) and your organisation’s (its admins)',
  responses: {
    200: { description: 'Open first, soonest due first', content: jsonContent(z.array(ZPrivacyRequest)) },
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[403], description: 'You handle no privacy requests' },
  },
});
const readOne = createRoute({
  method: 'get',
  path: '/api/privacy/requests/{id}',
  tags: TAGS,
  summary: 'One request with its history (its requester or its handlers only)',
  request: { params },
  responses: {
    200: { description: 'The request', content: jsonContent(ZPrivacyRequestDetail) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});
const readCopy = createRoute({
  method: 'get',
  path: '/api/privacy/requests/{id}/id-copy',
  tags: TAGS,
  summary: 'Open the ID copy to check it (handler only; audited)',
  request: { params },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});
const askCopy = actionWithBody(
  'Ask the requester for a copy of an identity document, with the reason (recorded); the term pauses',
  '/api/privacy/requests/{id}/ask-id-copy',
  ZReasonBody,
);
const verify = createRoute({
  method: 'post',
  path: '/api/privacy/requests/{id}/verify-identity',
  tags: TAGS,
  summary: 'The identity is established: the ID copy is deleted at once and the term runs again',
  request: { params },
  responses: ACTION_RESPONSES,
});
const extend = actionWithBody(
  'Extend the term by one or two months, with the reason; the requester is told at once. Refused from the first due date on',
  '/api/privacy/requests/{id}/extend',
  ZExtendBody,
);
const answer = actionWithBody(
  'Answer and close the request; the e-mail names the Autoriteit Persoonsgegevens and the controller',
  '/api/privacy/requests/{id}/answer',
  ZAnswerBody,
);

/** Data-subject requests (P17–P19): the requester's side, the public form and the handler's tools. */
export function privacyRequestRoutes(deps: AppDependencies) {
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
  const db = ctx.db;
  return createRouter()
    .openapi(listOwn, async (c) => {
      const now = ctx.clock();
      const rows = await listOwnRequests(db, requireActor(c).userId);
      return c.json(
        rows.map((row) => presentRequest(row, now)),
        200,
      );
    })
    .openapi(createOwn, async (c) => {
      const created = await submitOwnRequest(ctx, requireActor(c), {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.json(presentRequest(created, ctx.clock()), 201);
    })
    .openapi(createPublic, async (c) => {
      await submitPublicRequest(ctx, {
        ...c.req.valid('json'),
        language: c.get('language'),
        ipAddress: c.get('clientIp'),
      });
      return c.body(null, 202);
    })
    .openapi(confirmPublic, async (c) => {
      const confirmed = await confirmPublicRequest(ctx, c.req.valid('json').token);
      return c.json({ ...confirmed, dueAt: confirmed.dueAt.toISOString() }, 200);
    })
    .openapi(uploadCopy, async (c) => {
      await uploadIdCopy(ctx, c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(queue, async (c) => {
      const now = ctx.clock();
      const rows = await listHandlerQueue(db, requireActor(c));
      return c.json(
        rows.map((row) => presentRequest(row, now)),
        200,
      );
    })
    .openapi(readOne, async (c) => {
      const actor = requireActor(c);
      const { request, handles } = await readableRequest(db, actor, c.req.valid('param').id);
      const events = await listRequestEvents(db, request.id);
      return c.json(
        {
          ...presentRequest(request, ctx.clock()),
          handles,
          idCopyWaiting: handles && (await hasIdCopy(db, request.id)),
          events: events.map((event) => presentEvent(event, actor.userId)),
        },
        200,
      );
    })
    .openapi(readCopy, async (c) => {
      const copy = await readIdCopy(ctx, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(new Uint8Array(copy.bytes), 200, {
        'Content-Type': copy.contentType,
        'Content-Disposition': 'inline',
        'Cache-Control': 'no-store',
      });
    })
    .openapi(askCopy, async (c) => {
      await askForIdCopy(ctx, requireActor(c), c.req.valid('param').id, {
        reason: c.req.valid('json').reason,
        ipAddress: c.get('clientIp'),
      });
      return c.body(null, 204);
    })
    .openapi(verify, async (c) => {
      await verifyIdentity(ctx, requireActor(c), c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(extend, async (c) => {
      await extendRequest(ctx, requireActor(c), c.req.valid('param').id, {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.body(null, 204);
    })
    .openapi(answer, async (c) => {
      await answerRequest(ctx, requireActor(c), c.req.valid('param').id, {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.body(null, 204);
    });
}
