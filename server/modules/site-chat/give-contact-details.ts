import type { SiteChatContactField } from '../../db/schema/site-chat.js';
import { DomainError } from '../domain-error.js';
import {
  changeConversation,
  conversationOfToken,
  lockConversation,
  messagesOf,
} from './conversation-store.js';
import type { SiteChatContext } from './site-chat-context.js';
import { presentToVisitor, type VisitorConversation } from './visitor-view.js';

export type ContactAnswer = Partial<Record<SiteChatContactField, string>>;

const COLUMN = { name: 'contactName', email: 'contactEmail', company: 'contactCompany' } as const;

/**
 * The visitor's answer to a contact request: any of the asked details, or none (declining is an
 * answer too). Only what staff asked for is stored; a field left empty stays empty.
 */
// @promise P9 staff may ask for name, e-mail and company; the visitor gives what they choose, each field optional
export async function giveContactDetails(
  ctx: SiteChatContext,
  token: string,
  answer: ContactAnswer,
): Promise<VisitorConversation> {
  const now = ctx.clock();
  const found = await conversationOfToken(ctx.db, token);
  return ctx.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, found.id);
    const request = conversation.contactRequest;
    if (!request || conversation.contactAnsweredAt !== null || conversation.status === 'resolved')
      throw new DomainError('site_chat_no_contact_request', 409);
    const given: Record<string, string> = {};
    for (const field of request.fields) {
      const value = answer[field]?.trim();
      if (value) given[COLUMN[field]] = value;
    }
    const changed = await changeConversation(tx, conversation, { ...given, contactAnsweredAt: now }, now);
    return presentToVisitor(changed, await messagesOf(tx, changed.id));
  });
}
