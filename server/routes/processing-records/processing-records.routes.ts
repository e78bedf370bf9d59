import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { readProcessingRecords } from '../../modules/privacy/processing-records/read-processing-records.js';
import { renderRecordsCsv } from '../../modules/privacy/processing-records/records-csv.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZProcessingRecords } from './processing-records.schemas.js';

const TAGS = ['Privacy'];
const STAFF_ONLY = {
  ...COMMON_ERRORS[403],
  description: 'Only the operator’s privacy officer or a platform admin',
};
const ERRORS = { 401: COMMON_ERRORS[401], 403: STAFF_ONLY };
const LANGUAGE_NOTE =
  'In the language of the request (Dutch, or English with Accept-Language: en or ?lang=en). Generated from the data map, the purposes and processors registers and the configuration at the moment of the request.';

const read = createRoute({
  method: 'get',
  path: '/api/operator/processing-records',
  tags: TAGS,
  summary: 'The records of processing activities (GDPR art. 30(1) and 30(2)) of the operator',
  description: LANGUAGE_NOTE,
  responses: { 200: { description: 'The records', content: jsonContent(ZProcessingRecords) }, ...ERRORS },
});

const json = createRoute({
  method: 'get',
  path: '/api/operator/processing-records/export.json',
  tags: TAGS,
  summary: 'The records of processing activities as a JSON download',
  description: LANGUAGE_NOTE,
  responses: {
    200: { description: 'The records (a download)', content: jsonContent(ZProcessingRecords) },
    ...ERRORS,
  },
});

const csv = createRoute({
  method: 'get',
  path: '/api/operator/processing-records/export.csv',
  tags: TAGS,
  summary:
    'The records of processing activities as a CSV download: one row per activity, and per customer and activity',
  description: `${LANGUAGE_NOTE} UTF-8 with byte-order mark, separated by semicolons.`,
  responses: {
    200: {
      description: 'The records (a download)',
      content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...ERRORS,
  },
});

const download = (extension: 'json' | 'csv', contentType: string, generatedAt: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="verwerkingsregister-${generatedAt.slice(0, 10)}.${extension}"`,
  'Cache-Control': 'no-store',
});

/** The operator's records of processing activities (art. 30), on screen and as downloads. */
export function processingRecordRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const records = (actor: ReturnType<typeof requireActor>, language: 'nl' | 'en') =>
    readProcessingRecords(db, actor, deps.config, language);
  return createRouter()
    .openapi(read, async (c) => c.json(await records(requireActor(c), c.get('language')), 200))
    .openapi(json, async (c) => {
      const body = await records(requireActor(c), c.get('language'));
      return c.json(body, 200, download('json', 'application/json', body.generatedAt));
    })
    .openapi(csv, async (c) => {
      const body = await records(requireActor(c), c.get('language'));
      return c.body(
        renderRecordsCsv(body),
        200,
        download('csv', 'text/csv; charset=utf-8', body.generatedAt),
      );
    });
}
