import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { getMe } from '../../modules/accounts/get-me.js';
import { endSession } from '../../modules/accounts/resolve-session.js';
import { SESSION_COOKIE } from '../../modules/accounts/session-tokens.js';
import { signIn } from '../../modules/accounts/sign-in.js';
import { updateProfile } from '../../modules/accounts/update-profile.js';
import { recordAudit } from '../../modules/audit/record-audit.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { ZLoginBody, ZMe } from './auth.schemas.js';
import { ZUpdateMeBody } from './me.schemas.js';

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in with e-mail and password; sets the session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: ZLoginBody } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: ZMe } } },
    400: COMMON_ERRORS[400],
    401: {
      ...COMMON_ERRORS[401],
      description: 'Wrong e-mail address or password (the same answer for both)',
    },
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Accounts'],
  summary: 'End the current session',
  responses: { 204: { description: 'Signed out' }, 401: COMMON_ERRORS[401] },
});

const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Accounts'],
  summary: 'The signed-in user',
  responses: {
    200: { description: 'You', content: { 'application/json': { schema: ZMe } } },
    401: COMMON_ERRORS[401],
  },
});

const updateMe = createRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['Accounts'],
  summary: 'Change your own profile (name, phone, job title, language); takes effect at once',
  request: { body: { required: true, content: { 'application/json': { schema: ZUpdateMeBody } } } },
  responses: {
    200: { description: 'Your updated profile', content: { 'application/json': { schema: ZMe } } },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
  },
});

export function authRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(login, async (c) => {
      const body = c.req.valid('json');
      const session = await signIn(db, {
        ...body,
        ipAddress: c.get('clientIp'),
        userAgent: c.req.header('user-agent'),
      });
      setCookie(c, SESSION_COOKIE, session.token, {
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
        expires: session.expiresAt,
      });
      const actor = { ...session, role: 'member' as const, language: 'nl' as const };
      return c.json(await getMe(db, actor), 200);
    })
    .openapi(logout, async (c) => {
      const actor = requireActor(c);
      await endSession(db, actor, actor.sessionId);
      await recordAudit(db, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'session.signed_out',
        targetType: 'session',
        targetId: actor.sessionId,
        ipAddress: c.get('clientIp'),
      });
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
      return c.body(null, 204);
    })
    .openapi(me, async (c) => c.json(await getMe(db, requireActor(c)), 200))
    .openapi(updateMe, async (c) => {
      const actor = requireActor(c);
      await updateProfile(db, actor, c.req.valid('json'));
      return c.json(await getMe(db, actor), 200);
    });
}
