import { asc, desc, sql } from 'drizzle-orm';
import { siteChatConversations, siteChatMessages } from '../../db/schema/site-chat.js';
import type { Actor } from '../../policies/actor.js';
import type { SiteChatContext } from './site-chat-context.js';
import { requireChatStaff } from './staff-access.js';

export interface InboxItem {
  id: string;
  status: 'open' | 'answered' | 'resolved';
  waitingSince: string | null;
  /** Seconds the visitor has been waiting for staff, at the moment of reading; null when not waiting. */
  waitingSeconds: number | null;
  contactName: string | null;
  lastMessage: { author: 'visitor' | 'staff'; preview: string; at: string } | null;
  messageCount: number;
  createdAt: string;
  updatedAt: string;
}

const PREVIEW_LENGTH = 140;
const INBOX_SIZE = 200;

/** The staff inbox: conversations waiting for staff first (longest waiting on top), then the latest changed. */
export async function listInbox(ctx: SiteChatContext, actor: Actor): Promise<InboxItem[]> {
  await requireChatStaff(ctx.db, actor);
  const now = ctx.clock();
  const last = ctx.db
    .selectDistinctOn([siteChatMessages.conversationId], {
      conversationId: siteChatMessages.conversationId,
      author: siteChatMessages.author,
      body: siteChatMessages.body,
      createdAt: siteChatMessages.createdAt,
    })
    .from(siteChatMessages)
    .orderBy(siteChatMessages.conversationId, desc(siteChatMessages.createdAt), desc(siteChatMessages.id))
    .as('last');
  const rows = await ctx.db
    .select({
      id: siteChatConversations.id,
      status: siteChatConversations.status,
      waitingSince: siteChatConversations.waitingSince,
      contactName: siteChatConversations.contactName,
      createdAt: siteChatConversations.createdAt,
      updatedAt: siteChatConversations.updatedAt,
      lastAuthor: last.author,
      lastBody: last.body,
      lastAt: last.createdAt,
      messageCount: sql<number>`(select count(*)::int from ${siteChatMessages} where ${siteChatMessages.conversationId} = ${siteChatConversations.id})`,
    })
    .from(siteChatConversations)
    .leftJoin(last, sql`${last.conversationId} = ${siteChatConversations.id}`)
    .orderBy(
      sql`${siteChatConversations.waitingSince} is null`,
      asc(siteChatConversations.waitingSince),
      desc(siteChatConversations.updatedAt),
    )
    .limit(INBOX_SIZE);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    waitingSince: row.waitingSince?.toISOString() ?? null,
    waitingSeconds: row.waitingSince
      ? Math.max(0, Math.floor((now.getTime() - row.waitingSince.getTime()) / 1000))
      : null,
    contactName: row.contactName,
    lastMessage:
      row.lastAuthor && row.lastBody !== null && row.lastAt
        ? {
            author: row.lastAuthor,
            preview: row.lastBody.slice(0, PREVIEW_LENGTH),
            at: row.lastAt.toISOString(),
          }
        : null,
    messageCount: Number(row.messageCount),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
