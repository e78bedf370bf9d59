import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requireActorOrApiKey } from '../../http/require-actor-or-api-key.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { changeIncident } from '../../modules/incidents/change-incident.js';
import { deleteIncident } from '../../modules/incidents/delete-incident.js';
import { getIncident } from '../../modules/incidents/get-incident.js';
import { listIncidents } from '../../modules/incidents/list-incidents.js';
import { startIncident } from '../../modules/incidents/start-incident.js';
import { COMMON_ERRORS, createRouter, jsonContent, SESSION_OR_API_KEY } from '../openapi-router.js';
import { ZIncidentParams } from './incident-shared.schemas.js';
import {
  ZChangeIncidentBody,
  ZIncident,
  ZIncidentListQuery,
  ZIncidentSummary,
  ZStartedIncident,
  ZStartIncidentBody,
} from './incidents.schemas.js';

const NOT_VISIBLE = { ...COMMON_ERRORS[404], description: 'No such incident, or you do not work on it' };
const CLOSED = { ...COMMON_ERRORS[400], description: 'The incident is closed (read-only)' };

const list = createRoute({
  method: 'get',
  path: '/api/incidents',
  tags: ['Incidents'],
  summary: 'Incidents you work on (admins: all of the organisation), latest activity first',
  request: { query: ZIncidentListQuery },
  responses: {
    200: { description: 'Incidents', content: jsonContent(z.array(ZIncidentSummary)) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
  },
});

const start = createRoute({
  method: 'post',
  path: '/api/incidents',
  tags: ['Incidents'],
  summary:
    'Start an incident, from a scenario or from scratch (also with an API key that has `incidents:write`)',
  security: SESSION_OR_API_KEY,
  request: { body: { required: true, content: jsonContent(ZStartIncidentBody) } },
  responses: {
    201: { description: 'Started', content: jsonContent(ZStartedIncident) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[403], description: 'The API key lacks the scope `incidents:write`' },
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/incidents/{id}',
  tags: ['Incidents'],
  summary: 'One incident, with what you may do with it',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'The incident', content: jsonContent(ZIncident) },
    401: COMMON_ERRORS[401],
    404: NOT_VISIBLE,
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/incidents/{id}',
  tags: ['Incidents'],
  summary: 'Edit an active incident, or close, reopen, archive it',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZChangeIncidentBody) } },
  responses: {
    200: { description: 'The incident as it is now', content: jsonContent(ZIncident) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[403], description: 'This status change is for administrators' },
    404: NOT_VISIBLE,
    409: CLOSED,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/incidents/{id}',
  tags: ['Incidents'],
  summary: 'Delete an incident and everything in it (administrators; recorded in the audit log)',
  request: { params: ZIncidentParams },
  responses: {
    204: { description: 'Deleted' },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: NOT_VISIBLE,
    409: { ...COMMON_ERRORS[400], description: 'Under a legal hold (`legal_hold_incident_held`)' },
  },
});

export function incidentRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      return c.json(await listIncidents(db, actor, c.req.valid('query').status), 200);
    })
    .openapi(start, async (c) => {
      const caller = requireActorOrApiKey(c, 'incidents:write');
      const started = await startIncident(
        db,
        {
          organisationId: caller.organisationId,
          userId: caller.actor?.userId ?? null,
          apiKeyId: caller.apiKey?.apiKeyId ?? null,
          ipAddress: c.get('clientIp'),
        },
        c.req.valid('json'),
        { clock: deps.clock ?? systemClock, linkHours: deps.config.ALERT_LINK_HOURS },
      );
      return c.json(started, 201);
    })
    .openapi(read, async (c) => {
      const actor = requireActor(c);
      return c.json(await getIncident(db, actor, c.req.valid('param').id), 200);
    })
    .openapi(change, async (c) => {
      const actor = requireActor(c);
      const incident = await changeIncident(
        db,
        actor,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('clientIp'),
      );
      return c.json(incident, 200);
    })
    .openapi(remove, async (c) => {
      const actor = requireActor(c);
      await deleteIncident(db, actor, c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
