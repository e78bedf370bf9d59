import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

/**
 * The API is closed by default: every /api route needs a signed-in user unless it is listed
 * here. Checked before input validation, so an anonymous caller learns nothing from 400s.
 */
export const PUBLIC_API_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs.css',
  'POST /api/auth/login',
  'POST /api/auth/login/second-factor',
  'POST /api/auth/signup',
  'POST /api/auth/verify-email',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/accept-invitation',
]);

export function requireSignIn(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (PUBLIC_API_ROUTES.has(`${c.req.method} ${c.req.path}`) || c.get('actor')) return next();
    return errorResponse(c, 'unauthenticated', 401);
  };
}
