import { z } from '@hono/zod-openapi';
import { ZIncidentParams, ZPersonRef } from './incident-shared.schemas.js';

const ZNamed = z.object({ id: z.uuid(), name: z.string() });

export const ZAttachmentSummary = z
  .object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), byteSize: z.int() })
  .openapi('AttachmentSummary');

export const ZLogbookEntry = z
  .object({
    id: z.uuid().openapi({ description: 'This revision; any revision’s id names the entry' }),
    sequence: z.int().openapi({ description: 'Position in the logbook: 1, 2, 3…' }),
    revision: z.int().openapi({ description: '1 for the original, higher for each correction' }),
    author: ZPersonRef.openapi({ description: 'Who wrote this revision' }),
    classification: ZNamed.nullable(),
    labels: z.array(ZNamed),
    isDecision: z.boolean(),
    text: z.string(),
    occurredAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    attachment: ZAttachmentSummary.nullable(),
    correctionReason: z.string().nullable(),
    corrected: z.boolean().openapi({ description: 'True when this is a correction; see the history' }),
  })
  .openapi('LogbookEntry');

const ZText = z.string().trim().min(1).max(10_000);
const ZClassificationId = z.uuid().nullable().optional();
const ZLabelIds = z.array(z.uuid()).max(50).optional();

export const ZAttachmentUpload = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentType: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .openapi({
        description:
          'image/png, image/jpeg, image/webp, image/gif, application/pdf, text/plain, text/csv, or a Word, ' +
          'Excel, PowerPoint or OpenDocument type',
      }),
    contentBase64: z
      .string()
      .min(1)
      .openapi({ description: 'The file, base64-encoded; at most 5 MB decoded' }),
  })
  .openapi('AttachmentUpload');

export const ZAddLogbookEntryBody = z
  .object({
    text: ZText,
    classificationId: ZClassificationId,
    labelIds: ZLabelIds,
    isDecision: z.boolean().optional(),
    occurredAt: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: 'When it happened; now if omitted' }),
    attachment: ZAttachmentUpload.optional(),
  })
  .openapi('AddLogbookEntryBody');

export const ZCorrectLogbookEntryBody = z
  .object({
    text: ZText,
    reason: z.string().trim().min(1).max(500).openapi({ description: 'Why the entry is corrected' }),
    classificationId: ZClassificationId.openapi({ description: 'Omit to keep; null to remove' }),
    labelIds: ZLabelIds.openapi({ description: 'Omit to keep' }),
    isDecision: z.boolean().optional().openapi({ description: 'Omit to keep' }),
  })
  .openapi('CorrectLogbookEntryBody');

export const ZLogbookQuery = z.object({
  classificationId: z.uuid().optional(),
  labelId: z.uuid().optional(),
  authorId: z.uuid().optional().openapi({ description: 'Who wrote the current revision' }),
  from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Happened at or after' }),
  until: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Happened at or before' }),
  decisions: z.enum(['true', 'false']).optional().openapi({ description: '`true`: decisions only' }),
});

export const ZLogbookEntryParams = ZIncidentParams.extend({
  entryId: z.uuid().openapi({ description: 'Any revision of the entry' }),
});

export const ZAttachmentParams = ZIncidentParams.extend({ attachmentId: z.uuid() });
