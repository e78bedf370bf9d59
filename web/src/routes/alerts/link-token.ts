/**
 * The response link's token, from the address's fragment (`/respond#<token>`: a fragment never
 * reaches a server or its logs). It is taken out of the address bar at once, so the browser's
 * history and a shared screenshot of the address do not keep a secret that answers for someone.
 */
export function takeTokenFromAddress(): string | undefined {
  const fragment = window.location.hash.replace(/^#/, '').trim();
  if (window.location.hash) {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}`,
    );
  }
  if (!fragment) return undefined;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
