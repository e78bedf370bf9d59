import { createRoute } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { completeSecondFactor } from '../../modules/accounts/complete-second-factor.js';
import { getMe } from '../../modules/accounts/get-me.js';
import { endSession } from '../../modules/accounts/resolve-session.js';
import { signIn } from '../../modules/accounts/sign-in.js';
import { recordAudit } from '../../modules/audit/record-audit.js';
import { COMMON_ERRORS, createRouter } from '../openapi-router.js';
import { ZLoginBody, ZLoginResult, ZSecondFactorBody } from './auth.schemas.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

const TOO_MANY = { ...COMMON_ERRORS[400], description: 'Too many attempts; see Retry-After' };

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in with e-mail and password; sets the session cookie, or asks for the second factor',
  request: { body: { required: true, content: { 'application/json': { schema: ZLoginBody } } } },
  responses: {
    200: {
      description: 'Signed in, or a second factor is needed',
      content: { 'application/json': { schema: ZLoginResult } },
    },
    400: COMMON_ERRORS[400],
    401: {
      ...COMMON_ERRORS[401],
      description: 'Wrong e-mail address or password (the same answer for both)',
    },
    429: TOO_MANY,
  },
});

const secondFactor = createRoute({
  method: 'post',
  path: '/api/auth/login/second-factor',
  tags: ['Accounts'],
  summary: 'Finish signing in with a code from the authenticator app, or a recovery code',
  request: { body: { required: true, content: { 'application/json': { schema: ZSecondFactorBody } } } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: ZLoginResult } } },
    400: COMMON_ERRORS[400],
    401: { ...COMMON_ERRORS[401], description: 'Wrong code, or the sign-in step expired' },
    429: TOO_MANY,
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Accounts'],
  summary: 'End the current session',
  responses: { 204: { description: 'Signed out' }, 401: COMMON_ERRORS[401] },
});

export function authRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const client = (c: {
    get(key: 'clientIp'): string;
    req: { header(name: string): string | undefined };
  }) => ({
    ipAddress: c.get('clientIp'),
    userAgent: c.req.header('user-agent'),
  });
  return createRouter()
    .openapi(login, async (c) => {
      const result = await signIn(db, deps.secretKey, { ...c.req.valid('json'), ...client(c) });
      if (result.kind === 'second_factor_required') {
        return c.json({ status: 'second_factor_required' as const, challenge: result.challenge }, 200);
      }
      setSessionCookie(c, result);
      return c.json({ status: 'signed_in' as const, user: await getMe(db, result) }, 200);
    })
    .openapi(secondFactor, async (c) => {
      const session = await completeSecondFactor(db, deps.secretKey, {
        ...c.req.valid('json'),
        ...client(c),
      });
      setSessionCookie(c, session);
      return c.json({ status: 'signed_in' as const, user: await getMe(db, session) }, 200);
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
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
