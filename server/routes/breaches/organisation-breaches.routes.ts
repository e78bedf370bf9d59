import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import {
  listOrganisationBreaches,
  readOrganisationBreach,
} from '../../modules/privacy/breaches/organisation-breaches.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { presentOrganisationBreach, ZOrganisationBreach } from './breaches.schemas.js';

const TAGS = ['Data breaches'];

const list = createRoute({
  method: 'get',
  path: '/api/organisation/breaches',
  tags: TAGS,
  summary: 'Data breaches at the operator that concern your organisation (admins; read-only)',
  responses: {
    200: { description: 'Newest first', content: jsonContent(z.array(ZOrganisationBreach)) },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});
const readOne = createRoute({
  method: 'get',
  path: '/api/organisation/breaches/{id}',
  tags: TAGS,
  summary: 'One data breach that concerns your organisation; any other answers 404',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: { description: 'The breach', content: jsonContent(ZOrganisationBreach) },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

/** The affected organisation's view of the operator's breaches (art. 33(2)): its own, read-only. */
export function organisationBreachRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const clock = deps.clock ?? systemClock;
  return createRouter()
    .openapi(list, async (c) =>
      c.json(
        (await listOrganisationBreaches(db, requireActor(c), clock())).map(presentOrganisationBreach),
        200,
      ),
    )
    .openapi(readOne, async (c) =>
      c.json(
        presentOrganisationBreach(
          await readOrganisationBreach(db, requireActor(c), c.req.valid('param').id, clock()),
        ),
        200,
      ),
    );
}
