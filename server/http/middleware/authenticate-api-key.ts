import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/database.js';
import { resolveApiKey } from '../../modules/api-keys/resolve-api-key.js';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Sets `apiKey` when the request carries `Authorization: Bearer bkn_…`. A bearer token that is not
 * a live key is refused here with 401 rather than ignored: an integration that sends a revoked or
 * mistyped key must hear so, not be treated as anonymous. Routes decide whether a key may be used.
 */
export function authenticateApiKey(db: Database): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (!authorization || !/^bearer\s/i.test(authorization)) return next();
    const token = BEARER.exec(authorization)?.[1];
    const apiKey = token ? await resolveApiKey(db, token, { ipAddress: c.get('clientIp') }) : undefined;
    if (!apiKey) return errorResponse(c, 'unauthenticated', 401);
    c.set('apiKey', apiKey);
    return next();
  };
}
