import { apiRequest } from '../../api/api-client';
import type { ChatStatus, ContactField } from './site-chat-api';

export interface InboxItem {
  id: string;
  status: ChatStatus;
  waitingSince: string | null;
  waitingSeconds: number | null;
  contactName: string | null;
  lastMessage: { author: 'visitor' | 'staff'; preview: string; at: string } | null;
  messageCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface StaffConversation {
  id: string;
  status: ChatStatus;
  version: number;
  language: 'nl' | 'en';
  waitingSince: string | null;
  contactRequest: { fields: ContactField[]; reason: string; askedAt: string } | null;
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

const path = (id: string, rest = '') => `/api/operator/site-chat/${encodeURIComponent(id)}${rest}`;

export const listInbox = (signal?: AbortSignal) =>
  apiRequest<InboxItem[]>('GET', '/api/operator/site-chat', { signal });
export const readConversation = (id: string, signal?: AbortSignal) =>
  apiRequest<StaffConversation>('GET', path(id), { signal });
export const reply = (id: string, message: string) =>
  apiRequest<StaffConversation>('POST', path(id, '/messages'), { body: { message } });
export const askContactDetails = (id: string, fields: ContactField[], reason: string) =>
  apiRequest<StaffConversation>('POST', path(id, '/contact-request'), { body: { fields, reason } });
export const markAnswered = (id: string) => apiRequest<StaffConversation>('POST', path(id, '/mark-answered'));

/** A platform privacy request's requester as a chat visitor: the conversations with their address. */
export const chatOfRequest = (requestId: string, signal?: AbortSignal) =>
  apiRequest<StaffConversation[]>('GET', `/api/privacy/requests/${encodeURIComponent(requestId)}/site-chat`, {
    signal,
  });
export const eraseChatOfRequest = (requestId: string) =>
  apiRequest<{ deleted: number }>(
    'POST',
    `/api/privacy/requests/${encodeURIComponent(requestId)}/site-chat/erase`,
  );
