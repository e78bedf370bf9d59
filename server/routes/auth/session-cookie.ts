import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { CookieDeclaration } from '../../../common/privacy/browser-storage.js';
import type { AppEnv } from '../../http/app-env.js';
import type { SessionOpened } from '../../modules/accounts/open-session.js';
import {
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
} from '../../modules/accounts/session-tokens.js';

const HOUR_MS = 60 * 60 * 1000;
const idleHours = SESSION_IDLE_MS / HOUR_MS;
const absoluteDays = SESSION_ABSOLUTE_MS / (24 * HOUR_MS);

/**
 * The cookie register's entry (P13) for the one cookie Baken sets, next to the code that sets it,
 * so the register cannot drift from what the browser receives.
 */
export const SESSION_COOKIE_DECLARATION = {
  name: SESSION_COOKIE,
  category: 'functional',
  party: 'first',
  personalData: true,
  httpOnly: true,
  maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000,
  purpose: {
    nl: 'Houdt u ingelogd: een willekeurig sessienummer waarmee de server u herkent. Scripts kunnen het niet lezen; de server bewaart alleen een hash ervan.',
    en: 'Keeps you signed in: a random session number by which the server recognises you. Scripts cannot read it; the server keeps only a hash of it.',
  },
  lifetime: {
    nl: `Tot u zich afmeldt; de sessie eindigt na ${idleHours} uur zonder gebruik en uiterlijk na ${absoluteDays} dagen.`,
    en: `Until you sign out; the session ends after ${idleHours} hours without use and after ${absoluteDays} days at most.`,
  },
} as const satisfies CookieDeclaration;

/** `__Host-` prefix: Secure, Path=/, no Domain, so no subdomain can set or read it. */
export function setSessionCookie(c: Context<AppEnv>, session: SessionOpened): void {
  setCookie(c, SESSION_COOKIE_DECLARATION.name, session.token, {
    path: '/',
    secure: true,
    httpOnly: SESSION_COOKIE_DECLARATION.httpOnly,
    sameSite: 'Lax',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE_DECLARATION.name, { path: '/', secure: true });
}
