import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * Strict by default. No inline scripts or styles anywhere (the web app is built that way), no
 * third-party origins (privacy: nothing loads from elsewhere without consent), never framed.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The policy, with the map's tile server allowed as an image source when one is configured
 * (MAP_TILE_URL): the one third-party origin, and only because the organisation chose it.
 */
export function contentSecurityPolicy(mapTileUrl?: string): string {
  const tiles = mapTileUrl ? ` ${tileOrigin(mapTileUrl)}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `https://{s}.tile.example.nl/{z}/{x}/{y}.png` → `https://*.tile.example.nl` (config checked the form). */
export function tileOrigin(mapTileUrl: string): string {
  const origin = /^https?:\/\/(\{s\}\.)?[a-z0-9.-]+(:\d+)?/i.exec(mapTileUrl)?.[0];
  if (!origin) throw new Error('MAP_TILE_URL has no http(s) origin');
  return origin.replace('{s}.', '*.').toLowerCase();
}

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * `servesHttps` is true when this process terminates TLS itself; behind a trusted proxy the
 * proxy's X-Forwarded-Proto tells whether the client used HTTPS.
 */
export function securityHeaders(options: {
  servesHttps: boolean;
  trustProxy: boolean;
  /** MAP_TILE_URL, when the organisation configured a map. */
  mapTileUrl?: string | undefined;
}): MiddlewareHandler<AppEnv> {
  const policy = contentSecurityPolicy(options.mapTileUrl);
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', policy);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self), payment=()');
    const viaHttps =
      options.servesHttps || (options.trustProxy && c.req.header('x-forwarded-proto') === 'https');
    if (viaHttps) headers.set('Strict-Transport-Security', HSTS);
  };
}
