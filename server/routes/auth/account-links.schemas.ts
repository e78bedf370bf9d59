import { z } from '@hono/zod-openapi';

export const ZSignUpBody = z
  .object({
    organisationName: z.string().trim().min(2).max(200).openapi({ example: 'Gemeente Voorbeeld' }),
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    password: z.string().min(1).max(1024),
    language: z.enum(['nl', 'en']).default('nl'),
  })
  .openapi('SignUpBody');

export const ZTokenBody = z.object({ token: z.string().min(20).max(200) }).openapi('TokenBody');

export const ZTokenPasswordBody = z
  .object({ token: z.string().min(20).max(200), password: z.string().min(1).max(1024) })
  .openapi('TokenPasswordBody');

export const ZEmailBody = z.object({ email: z.email().max(320) }).openapi('EmailBody');

export const ZAccepted = z.object({ status: z.literal('accepted'), message: z.string() }).openapi('Accepted');
