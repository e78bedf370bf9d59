import { apiRequest } from '../../api/api-client';

export type ContactField = 'name' | 'email' | 'company';
export type ChatStatus = 'open' | 'answered' | 'resolved';

export interface VisitorConversation {
  status: ChatStatus;
  version: number;
  language: 'nl' | 'en';
  messages: { id: string; author: 'visitor' | 'staff'; body: string; createdAt: string }[];
  contactRequest: { fields: ContactField[]; reason: string } | null;
  contactDetails: { name: string | null; email: string | null; company: string | null };
  satisfactionAsked: boolean;
  deletedAfter: string;
}

// The token travels in a header, never in the address: addresses end up in logs and history.
const tokenHeader = (token: string) => ({ 'X-Site-Chat-Token': token });

export function startConversation(message: string) {
  return apiRequest<{ token: string; conversation: VisitorConversation }>(
    'POST',
    '/api/site-chat/conversations',
    {
      body: { message },
    },
  );
}

/** The conversation; with `after`, the server waits until there is something newer (long-poll). */
export function readConversation(token: string, after?: number, signal?: AbortSignal) {
  const query = after === undefined ? '' : `?after=${after}`;
  return apiRequest<VisitorConversation>('GET', `/api/site-chat/conversation${query}`, {
    headers: tokenHeader(token),
    signal,
  });
}

export function sendMessage(token: string, message: string) {
  return apiRequest<VisitorConversation>('POST', '/api/site-chat/conversation/messages', {
    headers: tokenHeader(token),
    body: { message },
  });
}

export function giveContactDetails(token: string, details: Partial<Record<ContactField, string>>) {
  return apiRequest<VisitorConversation>('POST', '/api/site-chat/conversation/contact-details', {
    headers: tokenHeader(token),
    body: details,
  });
}

export function answerSatisfaction(token: string, satisfied: boolean) {
  return apiRequest<VisitorConversation>('POST', '/api/site-chat/conversation/satisfaction', {
    headers: tokenHeader(token),
    body: { satisfied },
  });
}

export function endConversation(token: string) {
  return apiRequest<undefined>('DELETE', '/api/site-chat/conversation', { headers: tokenHeader(token) });
}
