import { z } from '@hono/zod-openapi';

export const ZLoginBody = z
  .object({
    email: z.email().max(320).openapi({ example: 'voorzitter@voorbeeld.nl' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('LoginBody');

export const ZMe = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'member']),
    language: z.enum(['nl', 'en']),
  })
  .openapi('Me');
