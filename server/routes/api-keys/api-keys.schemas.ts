import { z } from '@hono/zod-openapi';
import { API_KEY_SCOPES } from '../../policies/api-key-actor.js';

const ZScope = z
  .enum(API_KEY_SCOPES)
  .openapi({ description: 'What the key may do', example: 'incidents:read' });

export const ZCreateApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Brandmeldcentrale gemeentehuis' }),
    scopes: z.array(ZScope).min(1).max(20).openapi({ description: 'Repeats are ignored' }),
  })
  .openapi('CreateApiKeyBody');

export const ZApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters after `bkn_`, to tell keys apart' }),
    scopes: z.array(ZScope),
    createdAt: z.iso.datetime(),
    createdByName: z.string().nullable().openapi({ description: 'Null when that account was removed' }),
    lastUsedAt: z.iso.datetime().nullable().openapi({ description: 'Updated at most once a minute' }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('ApiKey');

export const ZCreatedApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(ZScope),
    createdAt: z.iso.datetime(),
    key: z.string().openapi({
      description: 'The key itself, shown only in this answer. Send it as `Authorization: Bearer <key>`.',
      example: 'bkn_1a2b3c4d_q8Jt0Vb5kq3yqgk2mQp6XcZr9S1uW7nE4dA0fHjLxYo',
    }),
  })
  .openapi('CreatedApiKey');
