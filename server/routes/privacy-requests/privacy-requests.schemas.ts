import { z } from '@hono/zod-openapi';
import {
  IDENTITY_METHODS,
  PRIVACY_REQUEST_STATUSES,
  PRIVACY_RIGHTS,
} from '../../db/schema/privacy-requests.js';
import type {
  PrivacyRequestEventRow,
  PrivacyRequestRow,
} from '../../modules/privacy/requests/request-store.js';
import { currentDueAt } from '../../modules/privacy/requests/request-store.js';

const ZRight = z.enum(PRIVACY_RIGHTS).openapi({ description: 'The GDPR right: art. 15–18, 20, 21' });

export const ZOwnRequestBody = z
  .object({
    right: ZRight,
    description: z.string().max(5000).default(''),
    about: z.enum(['organisation', 'platform']).openapi({
      description:
        '`organisation`: data your organisation controls (its crisis work, your account in it), answered by its administrators; `platform`: Baken’s own processing, answered by the operator’s privacy officer',
    }),
    password: z.string().min(1).max(1024).openapi({ description: 'Your password again: the identity check' }),
  })
  .openapi('PrivacyRequestOwnBody');

export const ZPublicRequestBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    right: ZRight,
    description: z.string().max(5000).default(''),
  })
  .openapi('PrivacyRequestPublicBody');

export const ZTokenBody = z.object({ token: z.string().min(10).max(2000) }).openapi('PrivacyRequestToken');

export const ZIdCopyBody = z
  .object({
    token: z.string().min(10).max(2000),
    contentType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
    data: z.string().min(1).max(7_000_000).openapi({ description: 'The file, base64; at most 5 MB' }),
  })
  .openapi('PrivacyRequestIdCopyBody');

export const ZReasonBody = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .openapi('PrivacyRequestReason');

export const ZExtendBody = z
  .object({ reason: z.string().trim().min(3).max(2000), months: z.union([z.literal(1), z.literal(2)]) })
  .openapi('PrivacyRequestExtendBody');

export const ZAnswerBody = z
  .object({ outcome: z.enum(['answered', 'rejected']), answer: z.string().trim().min(3).max(20_000) })
  .openapi('PrivacyRequestAnswerBody');

export const ZPrivacyRequest = z
  .object({
    id: z.string(),
    right: ZRight,
    status: z.enum(PRIVACY_REQUEST_STATUSES),
    about: z.enum(['organisation', 'platform']),
    viaAccount: z.boolean(),
    requesterName: z.string(),
    requesterEmail: z.string(),
    description: z.string(),
    receivedAt: z.string(),
    dueAt: z.string().openapi({ description: 'The first due date (moved on by pauses for identity)' }),
    currentDueAt: z.string().openapi({ description: 'The extension’s date when extended, else dueAt' }),
    overdue: z.boolean(),
    extendedUntil: z.string().nullable(),
    extensionReason: z.string().nullable(),
    extensionNotifiedAt: z.string().nullable(),
    identityMethod: z.enum(IDENTITY_METHODS).nullable(),
    identityVerifiedAt: z.string().nullable(),
    idCopyReason: z.string().nullable(),
    pauses: z.array(z.object({ startedAt: z.string(), endedAt: z.string().nullable() })),
    answer: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .openapi('PrivacyRequest');

export const ZPrivacyRequestDetail = ZPrivacyRequest.extend({
  handles: z.boolean().openapi({ description: 'Whether you handle this request (else you made it)' }),
  idCopyWaiting: z.boolean(),
  events: z.array(
    z.object({
      kind: z.string(),
      at: z.string(),
      byYou: z.boolean(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
}).openapi('PrivacyRequestDetail');

export const ZConfirmed = z
  .object({ id: z.string(), right: ZRight, dueAt: z.string() })
  .openapi('PrivacyRequestConfirmed');

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentRequest(row: PrivacyRequestRow, now: Date): z.infer<typeof ZPrivacyRequest> {
  const due = currentDueAt(row);
  return {
    id: row.id,
    right: row.right,
    status: row.status,
    about: row.organisationId === null ? 'platform' : 'organisation',
    viaAccount: row.userId !== null,
    requesterName: row.requesterName,
    requesterEmail: row.requesterEmail,
    description: row.description,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    currentDueAt: due.toISOString(),
    overdue: row.closedAt === null && row.status !== 'awaiting_identity' && due < now,
    extendedUntil: iso(row.extendedUntil),
    extensionReason: row.extensionReason,
    extensionNotifiedAt: iso(row.extensionNotifiedAt),
    identityMethod: row.identityMethod,
    identityVerifiedAt: iso(row.identityVerifiedAt),
    idCopyReason: row.idCopyReason,
    pauses: row.pauses,
    answer: row.answer,
    closedAt: iso(row.closedAt),
  };
}

export function presentEvent(row: PrivacyRequestEventRow, viewerId: string) {
  return {
    kind: row.kind,
    at: row.createdAt.toISOString(),
    byYou: row.actorUserId === viewerId,
    details: row.details,
  };
}
