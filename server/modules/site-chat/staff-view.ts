import type { SiteChatContactRequest } from '../../db/schema/site-chat.js';
import type { ChatMessage, ConversationRow } from './conversation-store.js';

/** A conversation as the staff inbox shows it, with who answered what. */
export interface StaffConversation {
  id: string;
  status: ConversationRow['status'];
  version: number;
  language: ConversationRow['language'];
  waitingSince: string | null;
  contactRequest: SiteChatContactRequest | null;
  contactAnsweredAt: string | null;
  contactDetails: { name: string | null; email: string | null; company: string | null };
  answeredAt: string | null;
  satisfied: boolean | null;
  resolvedAt: string | null;
  deletedAfter: string;
  createdAt: string;
  messages: {
    id: string;
    author: 'visitor' | 'staff';
    staffName: string | null;
    body: string;
    createdAt: string;
  }[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentToStaff(conversation: ConversationRow, messages: ChatMessage[]): StaffConversation {
  return {
    id: conversation.id,
    status: conversation.status,
    version: conversation.version,
    language: conversation.language,
    waitingSince: iso(conversation.waitingSince),
    contactRequest: conversation.contactRequest,
    contactAnsweredAt: iso(conversation.contactAnsweredAt),
    contactDetails: {
      name: conversation.contactName,
      email: conversation.contactEmail,
      company: conversation.contactCompany,
    },
    answeredAt: iso(conversation.answeredAt),
    satisfied: conversation.satisfied,
    resolvedAt: iso(conversation.resolvedAt),
    deletedAfter: conversation.purgeAfter.toISOString(),
    createdAt: conversation.createdAt.toISOString(),
    messages: messages.map((message) => ({
      id: message.id,
      author: message.author,
      staffName: message.author === 'staff' ? (message.staffName ?? null) : null,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}
