import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** Refuses a body larger than the configured limit with a translated 413, before it is read whole. */
export function limitBodySize(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => errorResponse(c, 'payload_too_large', 413) });
}

/**
 * The API speaks JSON: a write with a body of another type gets a 415 rather than being read as
 * an empty object. Routes that take files list their path prefix in `exceptions`.
 */
export function requireJsonBody(exceptions: string[] = []): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!METHODS_WITH_BODY.has(c.req.method) || exceptions.some((prefix) => c.req.path.startsWith(prefix))) {
      return next();
    }
    const hasBody =
      c.req.header('content-length') !== '0' &&
      (c.req.header('content-length') || c.req.header('transfer-encoding'));
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (hasBody && !JSON_MEDIA_TYPE.test(mediaType)) return errorResponse(c, 'unsupported_media_type', 415);
    return next();
  };
}
