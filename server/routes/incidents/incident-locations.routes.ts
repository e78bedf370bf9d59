import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import {
  addIncidentLocation,
  type NewIncidentLocation,
} from '../../modules/incident-locations/add-incident-location.js';
import { listIncidentLocations } from '../../modules/incident-locations/list-incident-locations.js';
import { mapConfig } from '../../modules/incident-locations/map-config.js';
import { removeIncidentLocation } from '../../modules/incident-locations/remove-incident-location.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  ZAddIncidentLocationBody,
  ZIncidentLocation,
  ZIncidentLocationParams,
  ZMapConfig,
} from './incident-locations.schemas.js';
import { ZIncidentParams } from './incident-shared.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/locations',
  tags: ['Incident locations'],
  summary: 'The places that matter in the incident, in the order they were added',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'Places', content: jsonContent(z.array(ZIncidentLocation)) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const add = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/locations',
  tags: ['Incident locations'],
  summary: 'Add a default location (copied) or a place entered by hand',
  request: {
    params: ZIncidentParams,
    body: { required: true, content: jsonContent(ZAddIncidentLocationBody) },
  },
  responses: {
    201: { description: 'Added', content: jsonContent(ZIncidentLocation) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: {
      ...COMMON_ERRORS[400],
      description: 'The incident is closed (`incident_closed`), or the location is already on it',
    },
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/incidents/{id}/locations/{locationId}',
  tags: ['Incident locations'],
  summary: 'Remove a place from the incident',
  request: { params: ZIncidentLocationParams },
  responses: {
    204: { description: 'Removed' },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: { ...COMMON_ERRORS[400], description: 'The incident is closed (`incident_closed`)' },
  },
});

const map = createRoute({
  method: 'get',
  path: '/api/map-config',
  tags: ['Incident locations'],
  summary: 'The tile server for maps (MAP_TILE_URL); null when none is configured, so no map is shown',
  responses: {
    200: { description: 'Map settings', content: jsonContent(ZMapConfig) },
    401: COMMON_ERRORS[401],
  },
});

export function incidentLocationRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => listIncidentLocations(tx, actor, id)),
        200,
      );
    })
    .openapi(add, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { locationId, name, ...place } = c.req.valid('json');
      // The schema guarantees exactly one of the two.
      const input: NewIncidentLocation = locationId ? { locationId } : { ...place, name: name ?? '' };
      const location = await inTenant(db, actor.organisationId, (tx) =>
        addIncidentLocation(tx, actor, id, input),
      );
      return c.json(location, 201);
    })
    .openapi(remove, async (c) => {
      const actor = requireActor(c);
      const { id, locationId } = c.req.valid('param');
      await inTenant(db, actor.organisationId, (tx) => removeIncidentLocation(tx, actor, id, locationId));
      return c.body(null, 204);
    })
    .openapi(map, (c) => {
      requireActor(c);
      return c.json(mapConfig(deps.config), 200);
    });
}
