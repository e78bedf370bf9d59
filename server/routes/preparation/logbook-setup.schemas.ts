import { z } from '@hono/zod-openapi';
import { changesSomething, ZName } from './preparation-shared.js';

export const ZLogbookClassification = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'Besluit' }),
    position: z.number().int().openapi({ description: 'Place in the list, lowest first' }),
  })
  .openapi('LogbookClassification');

export const ZLogbookLabel = z
  .object({ id: z.uuid(), name: z.string().openapi({ example: 'Pers' }) })
  .openapi('LogbookLabel');

const classificationFields = {
  name: ZName.openapi({ example: 'Besluit' }),
  position: z.number().int().min(0).max(10_000).optional().openapi({ description: 'Omitted: at the end' }),
};

export const ZCreateClassificationBody = z.object(classificationFields).openapi('CreateClassificationBody');

export const ZChangeClassificationBody = z
  .object(classificationFields)
  .partial()
  .refine(changesSomething, 'field_nothing_to_change')
  .openapi('ChangeClassificationBody');

export const ZLabelBody = z.object({ name: ZName.openapi({ example: 'Pers' }) }).openapi('LabelBody');
