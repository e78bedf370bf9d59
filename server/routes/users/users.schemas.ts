import { z } from '@hono/zod-openapi';

export const ZUser = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    role: z.enum(['admin', 'member']),
    status: z.enum(['invited', 'active', 'deactivated', 'cancelled']),
    /** Processing restricted (GDPR art. 18) since then; null when not restricted. */
    restrictedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('User');

export const ZInviteBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    role: z.enum(['admin', 'member']).default('member'),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()-]{6,}$/, 'field_phone_format')
      .nullable()
      .optional(),
    jobTitle: z.string().trim().max(200).nullable().optional(),
    language: z.enum(['nl', 'en']).default('nl'),
  })
  .openapi('InviteBody');

export const ZChangeUserBody = z
  .object({ role: z.enum(['admin', 'member']), status: z.enum(['active', 'deactivated']) })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'field_nothing_to_change')
  .openapi('ChangeUserBody');

export const ZUsersQuery = z.object({ search: z.string().trim().max(200).optional() });

export const ZImportBody = z
  .object({
    csv: z.string().min(1).max(1_000_000).openapi({
      description:
        'The CSV file as text: columns naam/name, e-mail/email, telefoon/phone (optional), teams (optional, separated by |)',
    }),
    onlyValidRows: z.boolean().default(false),
  })
  .openapi('ImportBody');

export const ZImportPreviewBody = z
  .object({ csv: z.string().min(1).max(1_000_000) })
  .openapi('ImportPreviewBody');

export const ZImportPreview = z
  .object({
    rows: z.array(
      z.object({
        line: z.number(),
        name: z.string(),
        email: z.string(),
        phone: z.string().nullable(),
        teams: z.array(z.string()),
        problems: z.array(z.object({ code: z.string(), message: z.string() })),
      }),
    ),
    valid: z.number(),
    invalid: z.number(),
  })
  .openapi('ImportPreview');

export const ZImportResult = z.object({ imported: z.number(), skipped: z.number() }).openapi('ImportResult');
