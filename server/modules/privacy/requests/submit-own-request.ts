import { eq } from 'drizzle-orm';
import { uuidv7 } from '../../../db/ids.js';
import type { PRIVACY_RIGHTS } from '../../../db/schema/privacy-requests.js';
import { privacyRequests } from '../../../db/schema/privacy-requests.js';
import { users } from '../../../db/schema/users.js';
import type { Actor } from '../../../policies/actor.js';
import { confirmPassword } from '../../accounts/confirm-password.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DomainError, unauthenticated } from '../../domain-error.js';
import { dueDateFor } from './due-date.js';
import type { PrivacyRequestContext } from './request-context.js';
import { findRequest, type PrivacyRequestRow, recordRequestEvent } from './request-store.js';

export type PrivacyRight = (typeof PRIVACY_RIGHTS)[number];

export interface OwnRequestInput {
  right: PrivacyRight;
  description: string;
  /** `organisation`: the crisis work the person's organisation controls; `platform`: Baken's own processing. */
  about: 'organisation' | 'platform';
  password: string;
  ipAddress: string;
}

async function confirmIdentity(ctx: PrivacyRequestContext, actor: Actor, input: OwnRequestInput) {
  try {
    await confirmPassword(ctx.db, actor, input.password, input.ipAddress);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid_credentials')
      throw new DomainError('privacy_request_password_incorrect', 401, {
        fields: [{ path: 'password', message: 'privacy_request_password_incorrect' }],
      });
    throw error;
  }
}

/**
 * A request by a signed-in person. Re-entering the password is the identity check (P18): no ID
 * copy is asked of someone who proves they hold the account. The term starts now (P19).
 */
// @promise P18 a signed-in requester proves identity by re-entering the password, never by an ID copy
export async function submitOwnRequest(
  ctx: PrivacyRequestContext,
  actor: Actor,
  input: OwnRequestInput,
): Promise<PrivacyRequestRow> {
  await confirmIdentity(ctx, actor, input);
  const [person] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!person) throw unauthenticated();
  const now = ctx.clock();
  const id = uuidv7(now.getTime());
  await ctx.db.transaction(async (tx) => {
    await tx.insert(privacyRequests).values({
      id,
      right: input.right,
      userId: person.id,
      requesterOrganisationId: person.organisationId,
      organisationId: input.about === 'organisation' ? person.organisationId : null,
      requesterName: person.name,
      requesterEmail: person.email,
      language: person.language,
      description: input.description.trim(),
      status: 'open',
      receivedAt: now,
      dueAt: dueDateFor(now),
      identityMethod: 'account-password',
      identityVerifiedAt: now,
      createdAt: now,
    });
    await recordRequestEvent(tx, id, 'received', person.id, { via: 'account', about: input.about }, now);
    await recordAudit(tx, {
      organisationId: person.organisationId,
      actorUserId: person.id,
      action: 'privacy_request.received',
      targetType: 'privacy_request',
      targetId: id,
      ipAddress: input.ipAddress,
      details: { right: input.right, about: input.about },
    });
  });
  const created = await findRequest(ctx.db, id);
  if (!created) throw new Error('privacy request vanished after insert');
  return created;
}
