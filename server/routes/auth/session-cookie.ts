import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/app-env.js';
import type { SessionOpened } from '../../modules/accounts/open-session.js';
import { SESSION_COOKIE } from '../../modules/accounts/session-tokens.js';

/** `__Host-` prefix: Secure, Path=/, no Domain, so no subdomain can set or read it. */
export function setSessionCookie(c: Context<AppEnv>, session: SessionOpened): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
}
