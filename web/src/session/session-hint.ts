import { STORAGE_KEYS } from '../storage-keys';

const KEY = STORAGE_KEYS.sessionHint.key;

/**
 * Whether this device was signed in when last seen. The session cookie is HttpOnly, so the app
 * cannot see it; without this hint every visitor's first page would ask /api/me for nothing.
 * When storage is blocked we cannot know, and ask.
 */
export function mayBeSignedIn(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'yes';
  } catch {
    return true;
  }
}

export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(KEY, 'yes');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Not remembered: the next page load asks the server.
  }
}

/** Calls `listener` when another tab of this app signs in or out. */
export function onSessionHintChange(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
