import { inArray, sql } from 'drizzle-orm';
import { siteChatConversations } from '../../db/schema/site-chat.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError, notFound } from '../domain-error.js';
import { handledRequest } from '../privacy/requests/handled-request.js';
import type { PrivacyRequestRow } from '../privacy/requests/request-store.js';
import { messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { presentToStaff, type StaffConversation } from './staff-view.js';

/**
 * The website chat is the platform's own processing: only a request about the platform (handled
 * by the operator's privacy officer or a platform admin) reaches it. A customer organisation's
 * admins handle their organisation's data and never see visitors' conversations.
 */
async function platformRequest(
  ctx: SiteChatContext,
  actor: Actor,
  requestId: string,
): Promise<PrivacyRequestRow> {
  const request = await handledRequest(ctx.db, actor, requestId);
  if (request.organisationId !== null) throw notFound();
  return request;
}

const byAddress = (email: string) =>
  sql`lower(${siteChatConversations.contactEmail}) = ${email.trim().toLowerCase()}`;

/**
 * A data-subject request made by e-mail address, from a visitor who has no account (P9, P17):
 * the conversations in which that address was given, for the access answer.
 */
// @promise P9, P17 a visitor's conversations are found by the e-mail address of their privacy request
export async function chatOfRequest(
  ctx: SiteChatContext,
  actor: Actor,
  requestId: string,
): Promise<StaffConversation[]> {
  const request = await platformRequest(ctx, actor, requestId);
  const rows = await ctx.db
    .select()
    .from(siteChatConversations)
    .where(byAddress(request.requesterEmail))
    .orderBy(siteChatConversations.createdAt)
    .limit(50);
  const found: StaffConversation[] = [];
  for (const row of rows) found.push(presentToStaff(row, await messagesOf(ctx.db, row.id)));
  return found;
}

/** Erases those conversations at once (with their messages), for an erasure request; audited with counts only. */
// @promise P9, P17 an erasure request by e-mail address deletes the visitor's conversations at once
export async function eraseChatOfRequest(
  ctx: SiteChatContext,
  actor: Actor,
  requestId: string,
  ipAddress: string,
): Promise<{ deleted: number }> {
  const request = await platformRequest(ctx, actor, requestId);
  if (request.closedAt !== null) throw new DomainError('privacy_request_closed', 409);
  // Only an erasure request erases, and only once the requester is known to own the address.
  if (request.right !== 'erasure' || request.identityVerifiedAt === null)
    throw new DomainError('site_chat_erase_not_due', 409);
  return ctx.db.transaction(async (tx) => {
    const found = await tx
      .select({ id: siteChatConversations.id })
      .from(siteChatConversations)
      .where(byAddress(request.requesterEmail))
      .for('update');
    const ids = found.map((row) => row.id);
    if (ids.length > 0) await tx.delete(siteChatConversations).where(inArray(siteChatConversations.id, ids));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'site_chat.erased',
      targetType: 'privacy_request',
      targetId: request.id,
      ipAddress,
      details: { conversations: ids.length },
    });
    return { deleted: ids.length };
  });
}
