import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

// What a user whose organisation demands a second factor may still do before setting one up.
const ALLOWED_BEFORE_SETUP = [/^\/api\/me$/, /^\/api\/me\/second-factor(\/|$)/, /^\/api\/auth\/logout$/];

/** Holds users who must set up a second factor to that setup; everything else answers 403. */
export function secondFactorGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (actor?.secondFactorSetupRequired && !ALLOWED_BEFORE_SETUP.some((path) => path.test(c.req.path))) {
      return errorResponse(c, 'second_factor_required', 403);
    }
    return next();
  };
}
