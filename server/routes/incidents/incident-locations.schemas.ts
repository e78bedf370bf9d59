import { z } from '@hono/zod-openapi';
import { ZIncidentParams, ZPersonRef } from './incident-shared.schemas.js';

export const ZIncidentLocation = z
  .object({
    id: z.uuid(),
    locationId: z.uuid().nullable().openapi({ description: 'The default location it was copied from' }),
    name: z.string(),
    address: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    description: z.string(),
    addedBy: ZPersonRef,
    createdAt: z.iso.datetime(),
  })
  .openapi('IncidentLocation');

/** Either `{locationId}` (a default location, copied) or a place entered by hand with a name. */
export const ZAddIncidentLocationBody = z
  .object({
    locationId: z.uuid().optional().openapi({ description: 'A default location of the organisation' }),
    name: z.string().trim().min(1).max(200).optional(),
    address: z.string().trim().max(500).optional(),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    description: z.string().trim().max(2000).optional(),
  })
  .superRefine((body, context) => {
    const byHand = ['name', 'address', 'latitude', 'longitude', 'description'].some(
      (key) => body[key as keyof typeof body] !== undefined,
    );
    if ((body.locationId === undefined) === (body.name === undefined) || (body.locationId && byHand))
      context.addIssue({ code: 'custom', path: ['name'], message: 'field_location_or_name' });
    const hasLatitude = (body.latitude ?? null) !== null;
    const hasLongitude = (body.longitude ?? null) !== null;
    if (hasLatitude !== hasLongitude)
      context.addIssue({ code: 'custom', path: ['longitude'], message: 'field_coordinates_pair' });
  })
  .openapi('AddIncidentLocationBody');

export const ZIncidentLocationParams = ZIncidentParams.extend({
  locationId: z.uuid().openapi({ description: 'The incident location (not the default location)' }),
});

export const ZMapConfig = z
  .object({
    tileUrl: z
      .string()
      .nullable()
      .openapi({ description: 'Raster tile template with {z}/{x}/{y}; null: no map is configured' }),
    attribution: z.string().nullable(),
  })
  .openapi('MapConfig');
