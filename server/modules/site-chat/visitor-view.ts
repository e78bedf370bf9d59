import type { SiteChatContactField } from '../../db/schema/site-chat.js';
import type { ChatMessage, ConversationRow } from './conversation-store.js';

/** What the visitor sees of their conversation: no staff names, no internal dates beyond their own. */
export interface VisitorConversation {
  status: ConversationRow['status'];
  version: number;
  language: ConversationRow['language'];
  messages: { id: string; author: 'visitor' | 'staff'; body: string; createdAt: string }[];
  /** Staff asked for these details and the visitor has not answered yet. */
  contactRequest: { fields: SiteChatContactField[]; reason: string } | null;
  contactDetails: { name: string | null; email: string | null; company: string | null };
  /** Staff marked the question answered: "is your question answered?" waits for the visitor. */
  satisfactionAsked: boolean;
  /** The retention job deletes the conversation at its first run after this moment. */
  deletedAfter: string;
}

export function presentToVisitor(
  conversation: ConversationRow,
  messages: ChatMessage[],
): VisitorConversation {
  const request = conversation.contactRequest;
  return {
    status: conversation.status,
    version: conversation.version,
    language: conversation.language,
    messages: messages.map((message) => ({
      id: message.id,
      author: message.author,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
    contactRequest:
      request && conversation.contactAnsweredAt === null
        ? { fields: request.fields, reason: request.reason }
        : null,
    contactDetails: {
      name: conversation.contactName,
      email: conversation.contactEmail,
      company: conversation.contactCompany,
    },
    satisfactionAsked: conversation.status === 'answered',
    deletedAfter: conversation.purgeAfter.toISOString(),
  };
}
