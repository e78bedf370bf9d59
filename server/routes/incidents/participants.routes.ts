import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { addParticipant } from '../../modules/participants/add-participant.js';
import { listParticipants } from '../../modules/participants/list-participants.js';
import { removeParticipant } from '../../modules/participants/remove-participant.js';
import { setPresence } from '../../modules/participants/set-presence.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZIncidentParams } from './incident-shared.schemas.js';
import {
  ZAddParticipantBody,
  ZParticipant,
  ZParticipantParams,
  ZPresenceBody,
} from './participants.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/participants',
  tags: ['Incident team'],
  summary: 'Who works on the incident: team, role, job title and presence',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'Participants', content: jsonContent(z.array(ZParticipant)) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const add = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/participants',
  tags: ['Incident team'],
  summary: 'Add a person of the organisation, directly or in a team (with a role)',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZAddParticipantBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZParticipant) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: {
      ...COMMON_ERRORS[400],
      description: 'The incident is closed (`incident_closed`), or the person is already in it in this team',
    },
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/incidents/{id}/participants/{participantId}',
  tags: ['Incident team'],
  summary: 'Take a person (in one team) off the incident; the last participant stays',
  request: { params: ZParticipantParams },
  responses: {
    204: { description: 'Removed' },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: {
      ...COMMON_ERRORS[400],
      description: 'The incident is closed (`incident_closed`), or this is the last participant',
    },
  },
});

const presence = createRoute({
  method: 'put',
  path: '/api/incidents/{id}/presence',
  tags: ['Incident team'],
  summary: 'Report your own presence (on the way, present, …) to the team',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZPresenceBody) } },
  responses: {
    200: { description: 'Everyone, with your new presence', content: jsonContent(z.array(ZParticipant)) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: { ...COMMON_ERRORS[403], description: 'You are not a participant in this incident' },
    404: COMMON_ERRORS[404],
    409: { ...COMMON_ERRORS[400], description: 'The incident is closed (`incident_closed`)' },
  },
});

export function participantRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await inTenant(db, actor.organisationId, (tx) => listParticipants(tx, actor, id)), 200);
    })
    .openapi(add, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => addParticipant(tx, actor, id, body)),
        201,
      );
    })
    .openapi(remove, async (c) => {
      const actor = requireActor(c);
      const { id, participantId } = c.req.valid('param');
      await inTenant(db, actor.organisationId, (tx) => removeParticipant(tx, actor, id, participantId));
      return c.body(null, 204);
    })
    .openapi(presence, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { presence: status } = c.req.valid('json');
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => setPresence(tx, actor, id, status)),
        200,
      );
    });
}
