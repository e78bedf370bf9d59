import { z } from '@hono/zod-openapi';
import { ZErrorResponse } from '../openapi-router.js';
import { ZIncidentParams, ZPersonRef } from './incident-shared.schemas.js';

export const ZSituationVersion = z
  .object({
    version: z
      .number()
      .int()
      .openapi({ description: '1, 2, 3…; 0 is the empty picture before anything was saved' }),
    sections: z.array(z.object({ key: z.string(), title: z.string(), content: z.string() })),
    author: ZPersonRef,
    createdAt: z.iso.datetime(),
  })
  .openapi('SituationVersion');

export const ZSituation = z
  .object({
    current: ZSituationVersion,
    versions: z
      .array(z.object({ version: z.number().int(), author: ZPersonRef, createdAt: z.iso.datetime() }))
      .openapi({ description: 'Every saved version, newest first' }),
  })
  .openapi('Situation');

export const ZSaveSituationBody = z
  .object({
    baseVersion: z.number().int().min(0).openapi({
      description: 'The version the edit started from; others’ later changes are merged per section',
    }),
    sections: z
      .array(z.object({ key: z.string().min(1).max(100), content: z.string().max(20_000) }))
      .max(50)
      .refine(
        (sections) => new Set(sections.map((section) => section.key)).size === sections.length,
        'field_situation_sections_unique',
      )
      .openapi({ description: 'The sections changed (others keep their current content)' }),
  })
  .openapi('SaveSituationBody');

export const ZSituationVersionParams = ZIncidentParams.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .openapi({ type: 'integer', description: 'The version' }),
});

/** The 409 of a save: a closed incident, or an overlap with someone else's save (then which version is current and which sections clash). */
export const ZSituationConflict = z
  .object({
    error: ZErrorResponse.shape.error.extend({
      currentVersion: z.number().int().optional().openapi({ description: 'With `situation_conflict`' }),
      sections: z
        .array(z.string())
        .optional()
        .openapi({ description: 'With `situation_conflict`: keys of the sections changed by both' }),
    }),
  })
  .openapi('SituationConflict');
