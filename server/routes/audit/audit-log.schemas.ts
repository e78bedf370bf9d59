import { z } from '@hono/zod-openapi';
import { AUDIT_ACTIONS } from '../../../common/audit-actions.js';

export const ZAuditLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  before: z.iso.datetime({ offset: true }).optional().openapi({
    description: 'Only entries older than this moment; pass `nextPage.before` of the previous page',
  }),
  beforeId: z.uuid().optional().openapi({
    description:
      'Pass `nextPage.beforeId` with `before`, so entries written at the same moment are not skipped',
  }),
  action: z.enum(AUDIT_ACTIONS).optional().openapi({ example: 'session.signed_in' }),
});

export const ZAuditEntry = z
  .object({
    id: z.uuid(),
    action: z.string().openapi({ example: 'session.signed_in' }),
    actorUserId: z.uuid().nullable(),
    actorName: z.string().nullable().openapi({ description: 'Null for an integration or a removed account' }),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ipAddress: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime().openapi({ description: 'With microseconds, as stored' }),
  })
  .openapi('AuditEntry');

export const ZAuditLogPage = z
  .object({
    entries: z.array(ZAuditEntry),
    nextPage: z
      .object({ before: z.iso.datetime(), beforeId: z.uuid() })
      .nullable()
      .openapi({ description: 'The query values for the next, older page; null on the last page' }),
  })
  .openapi('AuditLogPage');
