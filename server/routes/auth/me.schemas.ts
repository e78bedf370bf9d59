import { z } from '@hono/zod-openapi';

export const ZUpdateMeBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()-]{6,}$/, 'Use digits, spaces and an optional leading +')
      .nullable(),
    jobTitle: z.string().trim().max(200).nullable(),
    language: z.enum(['nl', 'en']),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change')
  .openapi('UpdateMeBody');

export type UpdateMeBody = z.infer<typeof ZUpdateMeBody>;
