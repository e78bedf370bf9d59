import { createRoute } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { errorBody } from '../../http/error-response.js';
import { requireActor } from '../../http/require-actor.js';
import { DomainError } from '../../modules/domain-error.js';
import { getSituation, getSituationVersion } from '../../modules/situation/get-situation.js';
import { saveSituation } from '../../modules/situation/save-situation.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZIncidentParams } from './incident-shared.schemas.js';
import {
  ZSaveSituationBody,
  ZSituation,
  ZSituationConflict,
  ZSituationVersion,
  ZSituationVersionParams,
} from './situation.schemas.js';

const get = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/situation',
  tags: ['Situation picture'],
  summary: 'The current situation picture and its versions',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'The picture', content: jsonContent(ZSituation) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const getVersion = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/situation/versions/{version}',
  tags: ['Situation picture'],
  summary: 'One saved version: the picture as it stood then',
  request: { params: ZSituationVersionParams },
  responses: {
    200: { description: 'The version', content: jsonContent(ZSituationVersion) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const save = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/situation',
  tags: ['Situation picture'],
  summary: 'Save the picture as a new version, merging others’ changes to other sections since baseVersion',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZSaveSituationBody) } },
  responses: {
    201: { description: 'Saved', content: jsonContent(ZSituationVersion) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: {
      description:
        'The incident is closed (`incident_closed`), or someone else changed the same section since baseVersion (`situation_conflict`)',
      content: jsonContent(ZSituationConflict),
    },
  },
});

export function situationRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(get, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await inTenant(db, actor.organisationId, (tx) => getSituation(tx, actor, id)), 200);
    })
    .openapi(getVersion, async (c) => {
      const actor = requireActor(c);
      const { id, version } = c.req.valid('param');
      const view = await inTenant(db, actor.organisationId, (tx) =>
        getSituationVersion(tx, actor, id, version),
      );
      return c.json(view, 200);
    })
    .openapi(save, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      try {
        return c.json(
          await inTenant(db, actor.organisationId, (tx) => saveSituation(tx, actor, id, body)),
          201,
        );
      } catch (error) {
        // The client needs the current version number to fetch it and redo the clashing sections.
        if (error instanceof DomainError && error.code === 'situation_conflict') {
          const { currentVersion, sections } = error.details as {
            currentVersion: number;
            sections: string[];
          };
          return c.json({ error: { ...errorBody(c, error.code).error, currentVersion, sections } }, 409);
        }
        throw error;
      }
    });
}
