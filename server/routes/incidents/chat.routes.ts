import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { exportChatCsv } from '../../modules/chat/export-chat-csv.js';
import { listChatMessages } from '../../modules/chat/list-chat-messages.js';
import { postChatMessage } from '../../modules/chat/post-chat-message.js';
import { attachmentDisposition } from '../../modules/logbook/attachment-file.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZChatMessage, ZChatQuery, ZPostChatMessageBody } from './chat.schemas.js';
import { ZIncidentParams } from './incident-shared.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/chat',
  tags: ['Incidents'],
  summary: 'A page of the chat: the newest messages (or those before `before`), oldest first',
  request: { params: ZIncidentParams, query: ZChatQuery },
  responses: {
    200: { description: 'Messages, oldest first', content: jsonContent(z.array(ZChatMessage)) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const post = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/chat',
  tags: ['Incidents'],
  summary: 'Post a chat message',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZPostChatMessageBody) } },
  responses: {
    201: { description: 'The message', content: jsonContent(ZChatMessage) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: {
      ...COMMON_ERRORS[400],
      description: 'The incident is closed (`incident_closed`) or has no chat (`chat_disabled`)',
    },
  },
});

const exportCsv = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/chat.csv',
  tags: ['Incidents'],
  summary: 'The whole chat as CSV for Excel: UTF-8 with BOM, `;`-separated, columns tijd;auteur;bericht',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

export function chatRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const page = c.req.valid('query');
      return c.json(
        await inTenant(db, actor.organisationId, (tx) => listChatMessages(tx, actor, id, page)),
        200,
      );
    })
    .openapi(post, async (c) => {
      const actor = requireActor(c);
      return c.json(await postChatMessage(db, actor, c.req.valid('param').id, c.req.valid('json').body), 201);
    })
    .openapi(exportCsv, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const file = await inTenant(db, actor.organisationId, (tx) => exportChatCsv(tx, actor, id));
      return c.body(file.csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentDisposition(file.fileName),
      });
    });
}
