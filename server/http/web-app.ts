import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';

const NOT_WEB_PATHS = /^\/(api|healthz|readyz)(\/|$)/;

/**
 * Serves the built web app: hashed assets cached for a year, the service worker and HTML never
 * cached (so an update reaches phones), and index.html for every other page path (client routes).
 */
export function serveWebApp(app: Hono<AppEnv>, webRoot: string): void {
  const indexPath = join(webRoot, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`The web app is not built (${indexPath} is missing). Run: npm run build`);
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use(
    '*',
    serveStatic({
      root: webRoot,
      onFound: (path, c) => {
        const cacheControl = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        c.header('Cache-Control', cacheControl);
      },
    }),
  );
  app.get('*', (c, next) => {
    if (NOT_WEB_PATHS.test(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
