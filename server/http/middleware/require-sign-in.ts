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
  'POST /api/auth/verify-email/resend',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/accept-invitation',
  // The response link of an alert: the signed token is the credential (modules/alerts/response-link.ts).
  'POST /api/alert-responses/view',
  'POST /api/alert-responses',
  // Delivery reports from the SMS gateway: the configured token in the URL is the credential.
  'POST /api/sms/status-reports',
  // The privacy statement and the controller's contact details are for everyone (P16, P21).
  'GET /api/privacy/statement',
  'GET /api/privacy/statement/diff',
  'GET /api/privacy/controller',
  // The public form for privacy requests: the e-mailed link or signed token is the credential (P17, P18).
  'POST /api/privacy/requests/public',
  'POST /api/privacy/requests/public/confirm',
  'POST /api/privacy/requests/public/id-copy',
  // Withdrawing a public request: the signed link from its e-mail is the credential (P17).
  'POST /api/privacy/requests/public/withdraw',
  // The recipient of a transfer the person asked for: the single-use e-mailed link is the credential (P17).
  'POST /api/portability-transfers/download',
  // A visitor chooses about cookies and third-party content before signing in (P3, P13).
  'GET /api/consent',
  'POST /api/consent',
  // The website chat: visitors have no account; the conversation token is the credential (P9).
  'POST /api/site-chat/conversations',
  'GET /api/site-chat/conversation',
  'POST /api/site-chat/conversation/messages',
  'POST /api/site-chat/conversation/contact-details',
  'POST /api/site-chat/conversation/satisfaction',
  'DELETE /api/site-chat/conversation',
]);

/** Routes an integration may call with an API key instead of a session; the route checks the key's scope. */
export const API_KEY_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/incident-templates',
  'POST /api/incidents',
]);

export function requireSignIn(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const route = `${c.req.method} ${c.req.path}`;
    if (PUBLIC_API_ROUTES.has(route) || c.get('actor')) return next();
    if (c.get('apiKey') && API_KEY_ROUTES.has(route)) return next();
    return errorResponse(c, 'unauthenticated', 401);
  };
}
