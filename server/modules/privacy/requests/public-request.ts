import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { enqueueMail } from '../../../channels/email/enqueue-mail.js';
import { uuidv7 } from '../../../db/ids.js';
import { privacyRequestSubmissions, privacyRequests } from '../../../db/schema/privacy-requests.js';
import type { Language } from '../../../i18n/language.js';
import { limitMailRequests } from '../../accounts/mail-rate-limit.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError } from '../../domain-error.js';
import { dueDateFor } from './due-date.js';
import type { PrivacyRequestContext } from './request-context.js';
import { recordRequestEvent } from './request-store.js';
import type { PrivacyRight } from './submit-own-request.js';
import { withdrawToken } from './withdraw-request.js';

const CONFIRM_HOURS = 24;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface PublicRequestInput {
  name: string;
  email: string;
  right: PrivacyRight;
  description: string;
  language: Language;
  ipAddress: string;
}

/**
 * The public form: anyone, with or without an account. Nothing counts yet: a link goes to the
 * address given, and only its confirmation makes a request (P18: a code to the address first).
 * Rate-limited per address of origin, like every form that sends mail to a typed address.
 */
// @promise P17 anyone can file a request through the public form, confirmed by e-mail first
export async function submitPublicRequest(
  ctx: PrivacyRequestContext,
  input: PublicRequestInput,
): Promise<void> {
  const now = ctx.clock();
  await limitMailRequests(ctx.db, input.ipAddress, now);
  const token = randomBytes(32).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await tx.insert(privacyRequestSubmissions).values({
      id: uuidv7(now.getTime()),
      right: input.right,
      requesterName: input.name.trim(),
      requesterEmail: input.email.trim(),
      language: input.language,
      description: input.description.trim(),
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + CONFIRM_HOURS * 60 * 60 * 1000),
      createdAt: now,
    });
    await enqueueMail(tx, ctx.jobs, {
      organisationId: null,
      to: input.email,
      template: 'privacy-request-confirm',
      language: input.language,
      variables: {
        right: input.right,
        confirmUrl: `${ctx.publicUrl}/privacy/request/confirm#${token}`,
        expiresInHours: CONFIRM_HOURS,
      },
    });
  });
}

/** Confirms the address: the request now exists, is received now, and its term starts (P19). */
export async function confirmPublicRequest(
  ctx: PrivacyRequestContext,
  token: string,
): Promise<{ id: string; right: PrivacyRight; dueAt: Date }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [submission] = await tx
      .update(privacyRequestSubmissions)
      .set({ usedAt: now })
      .where(
        and(
          eq(privacyRequestSubmissions.tokenHash, hashToken(token)),
          isNull(privacyRequestSubmissions.usedAt),
          gt(privacyRequestSubmissions.expiresAt, now),
        ),
      )
      .returning();
    if (!submission) throw new DomainError('privacy_request_link_invalid', 410);
    const id = uuidv7(now.getTime());
    const dueAt = dueDateFor(now);
    await tx.insert(privacyRequests).values({
      id,
      right: submission.right,
      organisationId: null,
      requesterName: submission.requesterName,
      requesterEmail: submission.requesterEmail,
      language: submission.language,
      description: submission.description,
      status: 'open',
      receivedAt: now,
      dueAt,
      identityMethod: 'email-code',
      identityVerifiedAt: now,
      createdAt: now,
    });
    await tx
      .update(privacyRequestSubmissions)
      .set({ requestId: id })
      .where(eq(privacyRequestSubmissions.id, submission.id));
    await recordRequestEvent(tx, id, 'received', null, { via: 'public-form' }, now);
    // The acknowledgement carries the requester's only way back in: a signed link to withdraw.
    await enqueueMail(tx, ctx.jobs, {
      organisationId: null,
      to: submission.requesterEmail,
      template: 'privacy-request-received',
      language: submission.language,
      variables: {
        right: submission.right,
        dueAt: dueAt.toISOString(),
        withdrawUrl: `${ctx.publicUrl}/privacy/request/withdraw#${withdrawToken(ctx.secretKey, id)}`,
      },
    });
    await recordAudit(tx, {
      organisationId: null,
      actorUserId: null,
      action: 'privacy_request.received',
      targetType: 'privacy_request',
      targetId: id,
      details: { right: submission.right, via: 'public-form' },
    });
    return { id, right: submission.right, dueAt };
  });
}
