import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { negotiateLanguage } from '../../i18n/language.js';
import type { AppEnv } from '../app-env.js';
import type { Logger } from '../logger.js';

const INCOMING_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function clientIp(c: Parameters<MiddlewareHandler<AppEnv>>[0], trustProxy: boolean): string {
  if (trustProxy) {
    // Proxies append the address they saw to whatever the client sent, so only the right-most
    // entry, written by our own proxy, can be believed.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Gives each request an id (echoed in X-Request-Id and every log line), its language and the
 * client's IP, and writes one access log line. Paths are logged without their query string,
 * which may carry tokens; headers and bodies are never logged.
 */
export function requestContext(logger: Logger, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && INCOMING_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('language', negotiateLanguage(c.req.query('lang'), c.req.header('accept-language')));
    c.set('clientIp', clientIp(c, trustProxy));
    c.set('actor', undefined);
    await next();
    c.header('X-Request-Id', requestId);
    if (c.req.path === '/healthz' || c.req.path === '/readyz') return;
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  };
}
