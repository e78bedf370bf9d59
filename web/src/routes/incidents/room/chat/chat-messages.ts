import type { ChatMessage } from '../../../../api/chat-api';

/**
 * Adds messages (a page, a live one, our own) without duplicates, oldest first. A message can come
 * twice: as the answer to sending it and as the live event.
 */
export function mergeMessages(current: ChatMessage[] | undefined, incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map((current ?? []).map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The message of a `chat.message` event. */
export function messageFrom(payload: unknown): ChatMessage | undefined {
  if (!isRecord(payload) || !isRecord(payload.message)) return undefined;
  const message = payload.message;
  if (typeof message.id !== 'string' || typeof message.body !== 'string') return undefined;
  // The server sends the same DTO as GET …/chat.
  return message as unknown as ChatMessage;
}
