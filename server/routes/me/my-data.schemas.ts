import { z } from '@hono/zod-openapi';

const ZBilingual = z.object({ nl: z.string(), en: z.string() });

const ZAccessReportField = z.object({
  column: z.string(),
  description: ZBilingual,
  category: z.string(),
  export: z.enum(['value', 'described']),
  shownAs: ZBilingual.optional(),
  portable: z.boolean(),
  purpose: z.object({ id: z.string(), name: ZBilingual, description: ZBilingual }),
  legalBasis: z.object({ id: z.string(), article: z.string(), name: ZBilingual }),
  retention: ZBilingual,
  source: z.object({ kind: z.enum(['person', 'organisation', 'platform']), text: ZBilingual }),
  recipients: z.array(z.string()),
});

export const ZAccessReport = z
  .object({
    format: z.literal('baken-access-report'),
    version: z.literal(1),
    generatedAt: z.string(),
    subject: z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      organisation: z.object({ id: z.string(), name: z.string() }),
    }),
    sections: z.array(
      z.object({
        heading: z.string(),
        title: ZBilingual,
        tables: z.array(
          z.object({
            table: z.string(),
            foundBy: ZBilingual,
            fields: z.array(ZAccessReportField),
            rows: z.array(
              z.object({
                values: z.record(z.string(), z.unknown()),
                details: z.record(z.string(), z.unknown()),
              }),
            ),
            rowCount: z.number().int(),
            truncated: z.boolean(),
          }),
        ),
      }),
    ),
    recipients: z.array(
      z.object({
        id: z.string(),
        name: ZBilingual,
        kind: z.enum(['processor', 'independent', 'disclosure']),
        task: ZBilingual,
        location: ZBilingual.nullable(),
      }),
    ),
    rights: ZBilingual,
    complaint: ZBilingual,
  })
  .openapi('AccessReport');

export const ZDownloadBody = z.object({ password: z.string().max(1024) }).openapi('MyDataDownloadBody');
