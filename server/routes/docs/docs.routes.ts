import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/app-env.js';
import { API_REFERENCE_CSS, renderApiReference } from './api-reference-page.js';

export const OPENAPI_INFO = {
  title: 'Baken',
  version: '0.1.0',
  description:
    'Crisis management, crisis communication and crisis training. Errors answer in Dutch by default; ' +
    'send Accept-Language: en (or ?lang=en) for English.',
};

/** Publishes the OpenAPI 3.1 document of every route registered on `app`, and a readable page of it. */
export function registerDocs(app: OpenAPIHono<AppEnv>, version: string): void {
  const config = { openapi: '3.1.0', info: { ...OPENAPI_INFO, version } };
  // Signed-in people use the session cookie; integrations send an organisation API key as a bearer
  // token on the routes that say so (`security` on the route).
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-baken_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An organisation API key (`bkn_…`), created by an administrator under API-sleutels',
  });
  app.doc31('/api/openapi.json', config);
  app.get('/api/docs', (c) => c.html(renderApiReference(app.getOpenAPI31Document(config) as never)));
  app.get('/api/docs.css', (c) =>
    c.body(API_REFERENCE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
}
