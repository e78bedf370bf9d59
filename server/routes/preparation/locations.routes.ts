import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeLocation } from '../../modules/preparation/change-location.js';
import { createLocation } from '../../modules/preparation/create-location.js';
import { deleteLocation } from '../../modules/preparation/delete-location.js';
import { listLocations } from '../../modules/preparation/list-locations.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZChangeLocationBody, ZCreateLocationBody, ZLocation } from './locations.schemas.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from './preparation-shared.js';

const list = createRoute({
  method: 'get',
  path: '/api/locations',
  tags: ['Preparation'],
  summary: 'Places the organisation may need in a crisis (town hall, fallback location, shelter), by name',
  responses: {
    200: { description: 'Locations', content: jsonContent(z.array(ZLocation)) },
    401: COMMON_ERRORS[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/locations',
  tags: ['Preparation'],
  summary: 'Add a location; latitude and longitude together, or neither',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateLocationBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZLocation) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a location with this name'),
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/locations/{id}',
  tags: ['Preparation'],
  summary: 'Change a location; coordinates change as a pair (both null removes them)',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZChangeLocationBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZLocation) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a location with this name'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/locations/{id}',
  tags: ['Preparation'],
  summary: 'Delete a location; scenarios lose it, incidents keep their copy',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

export function locationRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(await inTenant(db, organisationId, (tx) => listLocations(tx, organisationId)), 200);
    })
    .openapi(create, async (c) => c.json(await createLocation(db, requireActor(c), c.req.valid('json')), 201))
    .openapi(change, async (c) =>
      c.json(await changeLocation(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      await deleteLocation(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
