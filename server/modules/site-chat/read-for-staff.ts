import { and, eq, gt } from 'drizzle-orm';
import { auditLog } from '../../db/schema/audit-log.js';
import type { Actor } from '../../policies/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { conversationById, messagesOf } from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { requireChatStaff } from './staff-access.js';
import { presentToStaff, type StaffConversation } from './staff-view.js';

// An open conversation is read again on every live change; one entry per person per half hour
// says who looked, without an entry per message.
const VIEW_AUDIT_WINDOW_MS = 30 * 60 * 1000;

/** One conversation for staff; who opened it goes in the audit log (it may hold contact details). */
export async function readForStaff(
  ctx: SiteChatContext,
  actor: Actor,
  id: string,
  ipAddress: string,
): Promise<StaffConversation> {
  await requireChatStaff(ctx.db, actor);
  const now = ctx.clock();
  const conversation = await conversationById(ctx.db, id);
  const [seen] = await ctx.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, actor.organisationId),
        gt(auditLog.createdAt, new Date(now.getTime() - VIEW_AUDIT_WINDOW_MS)),
        eq(auditLog.actorUserId, actor.userId),
        eq(auditLog.action, 'site_chat.viewed'),
        eq(auditLog.targetId, id),
      ),
    )
    .limit(1);
  if (!seen)
    await recordAudit(ctx.db, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'site_chat.viewed',
      targetType: 'site_chat_conversation',
      targetId: id,
      ipAddress,
    });
  return presentToStaff(conversation, await messagesOf(ctx.db, id));
}
