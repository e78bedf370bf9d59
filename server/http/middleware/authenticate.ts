import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../../db/database.js';
import { resolveSession } from '../../modules/accounts/resolve-session.js';
import { SESSION_COOKIE } from '../../modules/accounts/session-tokens.js';
import type { AppEnv } from '../app-env.js';

/** Sets `actor` when the request carries a live session cookie; routes decide whether one is required. */
export function authenticate(db: Database): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) c.set('actor', await resolveSession(db, token));
    await next();
  };
}
