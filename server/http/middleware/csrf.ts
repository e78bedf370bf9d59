import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from Baken's own pages. Browsers send Sec-Fetch-Site and
 * Origin on every write, which a foreign page cannot forge; the session cookie is also SameSite.
 * A write with neither header but with a cookie is refused; one with neither and no cookie is a
 * non-browser client (curl, an integration with an API key) and is not a CSRF risk.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = new URL(c.req.url).host;
    if (fetchSite) {
      if (fetchSite === 'same-origin' || fetchSite === 'none') return next();
      return errorResponse(c, 'csrf_failed', 403);
    }
    if (origin) {
      const sameHost = (() => {
        try {
          return new URL(origin).host === host;
        } catch {
          return false;
        }
      })();
      return sameHost ? next() : errorResponse(c, 'csrf_failed', 403);
    }
    if (c.req.header('cookie')) return errorResponse(c, 'csrf_failed', 403);
    return next();
  };
}
