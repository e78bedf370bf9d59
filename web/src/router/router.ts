import { useSyncExternalStore } from 'react';

// A History API router small enough to read in one go: the pathname is the whole state.
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** The path without a trailing slash ('/' stays '/'), so '/status/' and '/status' are one page. */
export function normalisePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

function currentPath(): string {
  return normalisePath(window.location.pathname);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** Shows another page of the app without a page load. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  notify();
}
