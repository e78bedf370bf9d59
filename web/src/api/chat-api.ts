import { apiRequest } from './api-client';
import type { PersonRef } from './incidents-api';

export interface ChatMessage {
  id: string;
  author: PersonRef;
  body: string;
  createdAt: string;
}

/** How many messages one request asks for. */
export const CHAT_PAGE_SIZE = 50;

function chatPath(incidentId: string): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/chat`;
}

/** The latest messages, or those before `before` (the oldest one shown) when loading earlier ones. */
export function listChatMessages(
  incidentId: string,
  options: { before?: string; signal?: AbortSignal } = {},
) {
  const query = new URLSearchParams({ limit: String(CHAT_PAGE_SIZE) });
  if (options.before) query.set('before', options.before);
  return apiRequest<ChatMessage[]>('GET', `${chatPath(incidentId)}?${query}`, { signal: options.signal });
}

export function sendChatMessage(incidentId: string, body: string) {
  return apiRequest<ChatMessage>('POST', chatPath(incidentId), { body: { body } });
}

/** The address of the chat as a CSV file, for a plain download link. */
export function chatCsvUrl(incidentId: string): string {
  return `${chatPath(incidentId)}.csv`;
}
