import { z } from '@hono/zod-openapi';
import { ZPersonRef } from './incident-shared.schemas.js';

export const ZChatMessage = z
  .object({ id: z.uuid(), author: ZPersonRef, body: z.string(), createdAt: z.iso.datetime() })
  .openapi('ChatMessage');

export const ZPostChatMessageBody = z
  .object({ body: z.string().trim().min(1).max(4000) })
  .openapi('PostChatMessageBody');

export const ZChatQuery = z.object({
  before: z.uuid().optional().openapi({ description: 'A message id: the page of messages before it' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
