import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { cancelAlert } from '../../modules/alerts/cancel-alert.js';
import { getAlert, listAlerts, listMyAlerts } from '../../modules/alerts/list-alerts.js';
import { respondByLink, viewByLink } from '../../modules/alerts/respond-by-link.js';
import { respondInApp } from '../../modules/alerts/respond-in-app.js';
import { sendAlert } from '../../modules/alerts/send-alert.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  ZAlert,
  ZAlertListQuery,
  ZAlertParams,
  ZAlertSummary,
  ZLinkAnswer,
  ZLinkRespondBody,
  ZLinkView,
  ZLinkViewBody,
  ZMyAlert,
  ZRecipient,
  ZRespondBody,
  ZSendAlertBody,
} from './alerts.schemas.js';

const TAGS = ['Alerts'];
const GONE = {
  ...COMMON_ERRORS[400],
  description:
    'The link was used (`alert_link_used`), expired (`alert_link_expired`) or the alert was cancelled (`alert_cancelled`)',
};

const send = createRoute({
  method: 'post',
  path: '/api/alerts',
  tags: TAGS,
  summary:
    'Alert teams, roles, people or whoever is on call: queued per person and channel in one transaction',
  request: { body: { required: true, content: jsonContent(ZSendAlertBody) } },
  responses: {
    // Not the board: for an alert to thousands that is megabytes the sender does not need now.
    201: { description: 'The alert, with how many people it went to', content: jsonContent(ZAlertSummary) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
    409: { ...COMMON_ERRORS[400], description: 'The incident is closed (`incident_closed`)' },
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/alerts',
  tags: TAGS,
  summary: 'Alerts of an incident, or (admins) of the organisation, newest first',
  request: { query: ZAlertListQuery },
  responses: {
    200: { description: 'Alerts', content: jsonContent(z.array(ZAlertSummary)) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/alerts/{id}',
  tags: TAGS,
  summary: 'The response board: per person the channels tried, their status, the answer and ETA',
  request: { params: ZAlertParams },
  responses: {
    200: { description: 'The alert', content: jsonContent(ZAlert) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const cancel = createRoute({
  method: 'post',
  path: '/api/alerts/{id}/cancel',
  tags: TAGS,
  summary: 'Cancel an alert: nothing more is sent or escalated',
  request: { params: ZAlertParams },
  responses: {
    200: { description: 'The cancelled alert', content: jsonContent(ZAlert) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const respond = createRoute({
  method: 'post',
  path: '/api/alerts/{id}/response',
  tags: TAGS,
  summary: 'Answer an alert you received: coming (with ETA), not available, or seen',
  request: { params: ZAlertParams, body: { required: true, content: jsonContent(ZRespondBody) } },
  responses: {
    200: { description: 'Your line on the board', content: jsonContent(ZRecipient) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    410: GONE,
  },
});

const mine = createRoute({
  method: 'get',
  path: '/api/me/alerts',
  tags: TAGS,
  summary: 'Your active alerts of the last 24 hours, newest first',
  responses: {
    200: { description: 'Alerts', content: jsonContent(z.array(ZMyAlert)) },
    401: COMMON_ERRORS[401],
  },
});

const viewLink = createRoute({
  method: 'post',
  path: '/api/alert-responses/view',
  tags: TAGS,
  summary: 'What a response link is about (no sign-in; looking does not use the link)',
  request: { body: { required: true, content: jsonContent(ZLinkViewBody) } },
  responses: {
    200: { description: 'The alert as the person sees it', content: jsonContent(ZLinkView) },
    400: COMMON_ERRORS[400],
    404: { ...COMMON_ERRORS[404], description: 'Not a valid link (`alert_link_invalid`)' },
    429: {
      ...COMMON_ERRORS[400],
      description: 'Too many invalid links from this address (`too_many_requests`)',
    },
  },
});

const answerLink = createRoute({
  method: 'post',
  path: '/api/alert-responses',
  tags: TAGS,
  summary: 'Answer through a response link or a push notification’s button (no sign-in; works once)',
  request: { body: { required: true, content: jsonContent(ZLinkRespondBody) } },
  responses: {
    200: { description: 'The answer recorded', content: jsonContent(ZLinkAnswer) },
    400: COMMON_ERRORS[400],
    404: { ...COMMON_ERRORS[404], description: 'Not a valid link (`alert_link_invalid`)' },
    410: GONE,
    429: {
      ...COMMON_ERRORS[400],
      description: 'Too many invalid links from this address (`too_many_requests`)',
    },
  },
});

export function alertRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const clock = deps.clock ?? systemClock;
  const settings = { clock, linkHours: deps.config.ALERT_LINK_HOURS };
  return createRouter()
    .openapi(send, async (c) => {
      const actor = requireActor(c);
      return c.json(await sendAlert(db, actor, c.req.valid('json'), settings, c.get('clientIp')), 201);
    })
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      return c.json(await listAlerts(db, actor, c.req.valid('query').incidentId), 200);
    })
    .openapi(read, async (c) => {
      const actor = requireActor(c);
      return c.json(await getAlert(db, actor, c.req.valid('param').id), 200);
    })
    .openapi(cancel, async (c) => {
      const actor = requireActor(c);
      return c.json(await cancelAlert(db, actor, c.req.valid('param').id, clock, c.get('clientIp')), 200);
    })
    .openapi(respond, async (c) => {
      const actor = requireActor(c);
      const view = await respondInApp(db, actor, c.req.valid('param').id, c.req.valid('json'), clock);
      return c.json(view, 200);
    })
    .openapi(mine, async (c) => {
      const actor = requireActor(c);
      return c.json(await listMyAlerts(db, actor, clock), 200);
    })
    .openapi(viewLink, async (c) => {
      return c.json(
        await viewByLink(db, deps.secretKey, c.req.valid('json').token, clock, c.get('clientIp')),
        200,
      );
    })
    .openapi(answerLink, async (c) => {
      const { token, source, ...answer } = c.req.valid('json');
      const recorded = await respondByLink(
        db,
        deps.secretKey,
        token,
        { ...answer, source: source ?? 'link' },
        clock,
        c.get('clientIp'),
      );
      return c.json(recorded, 200);
    });
}
