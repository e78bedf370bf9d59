import { z } from '@hono/zod-openapi';
import { changesSomething, ZDescription, ZName } from './preparation-shared.js';

export const ZLocation = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'Uitwijklocatie Brandweerkazerne' }),
    address: z.string(),
    latitude: z.number().nullable().openapi({ example: 52.0468 }),
    longitude: z.number().nullable().openapi({ example: 5.3712 }),
    description: z.string(),
    labels: z.array(z.string()).openapi({ example: ['uitwijklocatie'] }),
  })
  .openapi('Location');

const locationFields = {
  name: ZName.openapi({ example: 'Uitwijklocatie Brandweerkazerne' }),
  address: z.string().trim().max(300).optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  description: ZDescription.optional(),
  labels: z
    .array(z.string().trim().min(1).max(60))
    .max(20)
    .optional()
    .openapi({ description: 'Free labels, e.g. "uitwijklocatie" or "opvang"' }),
};

const hasValue = (value: number | null | undefined) => value !== null && value !== undefined;
const coordinatesPair = { message: 'field_location_coordinates', path: ['latitude'] };

export const ZCreateLocationBody = z
  .object(locationFields)
  .refine((body) => hasValue(body.latitude) === hasValue(body.longitude), coordinatesPair)
  .openapi('CreateLocationBody');

export const ZChangeLocationBody = z
  .object(locationFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  // Coordinates change together: both numbers, or both null to remove them.
  .refine(
    (body) =>
      hasValue(body.latitude) === hasValue(body.longitude) &&
      (body.latitude === undefined) === (body.longitude === undefined),
    coordinatesPair,
  )
  .openapi('ChangeLocationBody');
