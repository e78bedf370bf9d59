import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { uuidv7 } from '../../../db/ids.js';
import { privacyRequestIdCopies, privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Actor } from '../../../policies/actor.js';
import { decryptSecret, encryptSecret, readSignedToken, signToken } from '../../accounts/secret-box.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import { handledRequest, lockAsRead, refuseIfClosed } from './handled-request.js';
import type { PrivacyRequestContext } from './request-context.js';
import { findRequest, recordRequestEvent } from './request-store.js';

const UPLOAD_PURPOSE = 'privacy-request-id-copy';
const UPLOAD_DAYS = 14;
const MAX_BYTES = 5 * 1024 * 1024;
export const ID_COPY_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type IdCopyType = (typeof ID_COPY_TYPES)[number];

/**
 * The handler asks for a copy of an identity document, only when reasonable doubt remains, and
 * records why (P18, DPG Media 2022). The term pauses until the identity is established (P19).
 */
// @promise P18 an ID copy is asked only with a recorded reason, with guidance to mask the BSN and photo
export async function askForIdCopy(
  ctx: PrivacyRequestContext,
  actor: Actor,
  id: string,
  input: { reason: string; ipAddress: string },
): Promise<void> {
  const request = await handledRequest(ctx.db, actor, id);
  refuseIfClosed(request);
  if (request.status === 'awaiting_identity') throw new DomainError('privacy_request_awaiting_identity', 409);
  if (request.identityMethod === 'id-document') throw new DomainError('privacy_request_identity_known', 409);
  const now = ctx.clock();
  const token = signToken(ctx.secretKey, {
    subject: request.id,
    purpose: UPLOAD_PURPOSE,
    expiresAt: now.getTime() + UPLOAD_DAYS * 24 * 60 * 60 * 1000,
  });
  await ctx.db.transaction(async (tx) => {
    await lockAsRead(tx, request);
    await tx
      .update(privacyRequests)
      .set({
        status: 'awaiting_identity',
        idCopyReason: input.reason,
        handlerId: actor.userId,
        pauses: [...request.pauses, { startedAt: now.toISOString(), endedAt: null }],
      })
      .where(eq(privacyRequests.id, request.id));
    await recordRequestEvent(
      tx,
      request.id,
      'id_copy_requested',
      actor.userId,
      { reason: input.reason },
      now,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'privacy_request.id_copy_requested',
      targetType: 'privacy_request',
      targetId: request.id,
      ipAddress: input.ipAddress,
    });
    await enqueueMail(tx, ctx.jobs, {
      organisationId: request.organisationId,
      to: request.requesterEmail,
      template: 'privacy-request-id-copy',
      language: request.language,
      variables: {
        right: request.right,
        reason: input.reason,
        uploadUrl: `${ctx.publicUrl}/privacy/request/id-copy#${token}`,
        expiresInDays: UPLOAD_DAYS,
      },
    });
  });
}

/**
 * The requester sends the copy through the link from the e-mail. It is sealed with SECRET_KEY
 * (AES-256-GCM) before it reaches the database: the stored text never holds the document (P18).
 */
// @promise P18 an uploaded ID copy is stored encrypted
export async function uploadIdCopy(
  ctx: PrivacyRequestContext,
  input: { token: string; contentType: string; data: string },
): Promise<void> {
  const now = ctx.clock();
  const requestId = readSignedToken(ctx.secretKey, input.token, UPLOAD_PURPOSE, now.getTime());
  const request = requestId ? await findRequest(ctx.db, requestId) : undefined;
  if (request?.status !== 'awaiting_identity') throw new DomainError('privacy_request_link_invalid', 410);
  const bytes = Buffer.from(input.data, 'base64');
  if (
    !ID_COPY_TYPES.includes(input.contentType as IdCopyType) ||
    bytes.length === 0 ||
    bytes.length > MAX_BYTES
  )
    throw new DomainError('privacy_request_id_copy_invalid', 400, {
      fields: [{ path: 'data', message: 'privacy_request_id_copy_invalid' }],
    });
  await ctx.db.transaction(async (tx) => {
    await tx.insert(privacyRequestIdCopies).values({
      id: uuidv7(now.getTime()),
      requestId: request.id,
      sealedContent: encryptSecret(ctx.secretKey, bytes.toString('base64')),
      contentType: input.contentType,
      byteSize: bytes.length,
      uploadedAt: now,
    });
    await recordRequestEvent(tx, request.id, 'id_copy_uploaded', null, { bytes: bytes.length }, now);
  });
}

/** The handler opens the latest copy to check it; only the handler may, and every look is audited. */
export async function readIdCopy(
  ctx: PrivacyRequestContext,
  actor: Actor,
  id: string,
  ipAddress: string,
): Promise<{ contentType: string; bytes: Buffer }> {
  const request = await handledRequest(ctx.db, actor, id);
  const [copy] = await ctx.db
    .select()
    .from(privacyRequestIdCopies)
    .where(
      and(eq(privacyRequestIdCopies.requestId, request.id), isNotNull(privacyRequestIdCopies.sealedContent)),
    )
    .orderBy(desc(privacyRequestIdCopies.uploadedAt))
    .limit(1);
  if (!copy?.sealedContent) throw new DomainError('privacy_request_no_id_copy', 404);
  await recordAudit(ctx.db, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'privacy_request.id_copy_viewed',
    targetType: 'privacy_request',
    targetId: request.id,
    ipAddress,
  });
  return {
    contentType: copy.contentType,
    bytes: Buffer.from(decryptSecret(ctx.secretKey, copy.sealedContent), 'base64'),
  };
}
