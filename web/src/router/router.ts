import { useSyncExternalStore } from 'react';

// A History API router small enough to read in one go: the pathname (and query) is the whole state.
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

function currentSearch(): string {
  return window.location.search;
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** One value from the query string (`?token=...`), or undefined. */
export function useSearchParam(name: string): string | undefined {
  const search = useSyncExternalStore(subscribe, currentSearch);
  return new URLSearchParams(search).get(name) ?? undefined;
}

/** The current page as a path with its query, to come back to after signing in. */
export function currentLocation(): string {
  return `${currentPath()}${window.location.search}`;
}

/**
 * A path inside this app to continue to, or undefined. Refuses anything that could leave the
 * site (`//evil.example`, `/\evil.example`, `https://...`), so `?next=` cannot become an open redirect.
 */
export function safeNextPath(next: string | undefined): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

/** Shows another page of the app without a page load. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  notify();
}
