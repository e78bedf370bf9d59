import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { addLogbookEntry } from '../../modules/logbook/add-logbook-entry.js';
import { attachmentDisposition } from '../../modules/logbook/attachment-file.js';
import { correctLogbookEntry } from '../../modules/logbook/correct-logbook-entry.js';
import { downloadAttachment } from '../../modules/logbook/download-attachment.js';
import { listLogbook } from '../../modules/logbook/list-logbook.js';
import { logbookEntryHistory } from '../../modules/logbook/logbook-entry-history.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZIncidentParams } from './incident-shared.schemas.js';
import {
  ZAddLogbookEntryBody,
  ZAttachmentParams,
  ZCorrectLogbookEntryBody,
  ZLogbookEntry,
  ZLogbookEntryParams,
  ZLogbookQuery,
} from './logbook.schemas.js';

const CLOSED = { ...COMMON_ERRORS[400], description: 'The incident is closed (`incident_closed`)' };

const list = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/logbook',
  tags: ['Incidents'],
  summary: 'The logbook: the current revision of every entry, in order, optionally filtered',
  request: { params: ZIncidentParams, query: ZLogbookQuery },
  responses: {
    200: { description: 'Entries by sequence', content: jsonContent(z.array(ZLogbookEntry)) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const add = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/logbook',
  tags: ['Incidents'],
  summary: 'Write a logbook entry, optionally with one attachment (base64, at most 5 MB)',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZAddLogbookEntryBody) } },
  responses: {
    201: { description: 'The entry', content: jsonContent(ZLogbookEntry) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: CLOSED,
    413: { ...COMMON_ERRORS[400], description: 'The attachment is larger than 5 MB' },
  },
});

const correct = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/logbook/{entryId}/corrections',
  tags: ['Incidents'],
  summary: 'Correct an entry: adds its next revision with a reason; the original stays in the history',
  request: {
    params: ZLogbookEntryParams,
    body: { required: true, content: jsonContent(ZCorrectLogbookEntryBody) },
  },
  responses: {
    201: { description: 'The new revision', content: jsonContent(ZLogbookEntry) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: CLOSED,
  },
});

const history = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/logbook/{entryId}/history',
  tags: ['Incidents'],
  summary: 'Every revision of an entry, the original first',
  request: { params: ZLogbookEntryParams },
  responses: {
    200: { description: 'Revisions, oldest first', content: jsonContent(z.array(ZLogbookEntry)) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const download = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/attachments/{attachmentId}',
  tags: ['Incidents'],
  summary: 'Download an attachment of the incident (always as a file, never shown inline)',
  request: { params: ZAttachmentParams },
  responses: {
    200: {
      description: 'The file, with its own content type',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

export function logbookRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const entries = await inTenant(db, actor.organisationId, (tx) =>
        listLogbook(tx, actor, id, {
          classificationId: query.classificationId,
          labelId: query.labelId,
          authorId: query.authorId,
          from: query.from ? new Date(query.from) : undefined,
          until: query.until ? new Date(query.until) : undefined,
          decisionsOnly: query.decisions === 'true',
        }),
      );
      return c.json(entries, 200);
    })
    .openapi(add, async (c) => {
      const actor = requireActor(c);
      const { occurredAt, ...body } = c.req.valid('json');
      const entry = await addLogbookEntry(db, actor, c.req.valid('param').id, {
        ...body,
        occurredAt: occurredAt ? new Date(occurredAt) : undefined,
      });
      return c.json(entry, 201);
    })
    .openapi(correct, async (c) => {
      const actor = requireActor(c);
      const { id, entryId } = c.req.valid('param');
      return c.json(await correctLogbookEntry(db, actor, id, entryId, c.req.valid('json')), 201);
    })
    .openapi(history, async (c) => {
      const actor = requireActor(c);
      const { id, entryId } = c.req.valid('param');
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => logbookEntryHistory(tx, actor, id, entryId)),
        200,
      );
    })
    .openapi(download, async (c) => {
      const actor = requireActor(c);
      const { id, attachmentId } = c.req.valid('param');
      const file = await inTenant(db, actor.organisationId, (tx) =>
        downloadAttachment(tx, actor, id, attachmentId),
      );
      // The security layer sets nosniff on every answer; it is repeated here because this one
      // matters most: the browser must take the stored type as it is.
      return c.body(new Uint8Array(file.content), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': attachmentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
      });
    });
}
