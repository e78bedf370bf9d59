import { STORAGE_KEYS } from '../../storage-keys';

// The one thing the widget keeps in the browser, and only once the visitor sent a first message
// (P9, P13): the random key of their conversation, declared in the cookie register.
const KEY = STORAGE_KEYS.siteChat.key;

export function readChatToken(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeChatToken(token: string): void {
  try {
    localStorage.setItem(KEY, token);
  } catch {
    // Private mode without storage: the conversation works until the page is reloaded.
  }
}

export function forgetChatToken(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
