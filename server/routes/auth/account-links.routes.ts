import { createRoute } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { acceptInvitation } from '../../modules/accounts/accept-invitation.js';
import { getMe } from '../../modules/accounts/get-me.js';
import { limitMailRequests } from '../../modules/accounts/mail-rate-limit.js';
import { requestPasswordReset } from '../../modules/accounts/request-password-reset.js';
import { resendVerification } from '../../modules/accounts/resend-verification.js';
import { resetPassword } from '../../modules/accounts/reset-password.js';
import { signUp } from '../../modules/accounts/sign-up.js';
import { verifyEmail } from '../../modules/accounts/verify-email.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  ZAccepted,
  ZEmailBody,
  ZSignUpBody,
  ZTokenBody,
  ZTokenPasswordBody,
} from './account-links.schemas.js';
import { ZLoginResult } from './auth.schemas.js';
import { setSessionCookie } from './session-cookie.js';

const body = <T>(schema: T) => ({ body: { required: true, content: jsonContent(schema) } });

const TOO_MANY = {
  ...COMMON_ERRORS[400],
  description: 'Too many e-mails requested from this address; see Retry-After',
};

const CHECK_MAIL = {
  nl: 'Als dit adres bij ons bekend is of kan worden gebruikt, ontvangt u binnen enkele minuten een e-mail.',
  en: 'If this address is known to us or can be used, you will receive an e-mail within a few minutes.',
} as const;

const signup = createRoute({
  method: 'post',
  path: '/api/auth/signup',
  tags: ['Accounts'],
  summary: 'Register a new organisation and its first admin; a link to confirm the address is e-mailed',
  request: body(ZSignUpBody),
  responses: {
    202: { description: 'Check your e-mail', content: jsonContent(ZAccepted) },
    400: COMMON_ERRORS[400],
    429: TOO_MANY,
  },
});

const verify = createRoute({
  method: 'post',
  path: '/api/auth/verify-email',
  tags: ['Accounts'],
  summary: 'Confirm an e-mail address with the token from the link',
  request: body(ZTokenBody),
  responses: { 204: { description: 'Confirmed' }, 400: COMMON_ERRORS[400] },
});

const resend = createRoute({
  method: 'post',
  path: '/api/auth/verify-email/resend',
  tags: ['Accounts'],
  summary: 'E-mail a new confirmation link to an address whose account is not confirmed yet',
  request: body(ZEmailBody),
  responses: {
    202: {
      description: 'Check your e-mail (the same answer for every address)',
      content: jsonContent(ZAccepted),
    },
    400: COMMON_ERRORS[400],
    429: TOO_MANY,
  },
});

const forgot = createRoute({
  method: 'post',
  path: '/api/auth/password-reset',
  tags: ['Accounts'],
  summary: 'E-mail a single-use link (30 minutes) to set a new password',
  request: body(ZEmailBody),
  responses: {
    202: {
      description: 'Check your e-mail (the same answer for every address)',
      content: jsonContent(ZAccepted),
    },
    400: COMMON_ERRORS[400],
    429: TOO_MANY,
  },
});

const reset = createRoute({
  method: 'post',
  path: '/api/auth/password-reset/confirm',
  tags: ['Accounts'],
  summary: 'Set a new password with the token from the link; signs out every session',
  request: body(ZTokenPasswordBody),
  responses: { 204: { description: 'Password changed' }, 400: COMMON_ERRORS[400] },
});

const accept = createRoute({
  method: 'post',
  path: '/api/auth/accept-invitation',
  tags: ['Accounts'],
  summary: 'Accept an invitation: choose your password and sign in',
  request: body(ZTokenPasswordBody),
  responses: {
    200: { description: 'Signed in', content: jsonContent(ZLoginResult) },
    400: COMMON_ERRORS[400],
  },
});

export function accountLinkRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const checkMail = (language: 'nl' | 'en') => ({
    status: 'accepted' as const,
    message: CHECK_MAIL[language],
  });
  return createRouter()
    .openapi(signup, async (c) => {
      await limitMailRequests(db, c.get('clientIp'));
      await signUp(db, deps.jobs, deps.publicUrl, c.req.valid('json'));
      return c.json(checkMail(c.get('language')), 202);
    })
    .openapi(verify, async (c) => {
      await verifyEmail(db, c.req.valid('json').token);
      return c.body(null, 204);
    })
    .openapi(resend, async (c) => {
      await limitMailRequests(db, c.get('clientIp'));
      await resendVerification(db, deps.jobs, deps.publicUrl, c.req.valid('json').email);
      return c.json(checkMail(c.get('language')), 202);
    })
    .openapi(forgot, async (c) => {
      await limitMailRequests(db, c.get('clientIp'));
      await requestPasswordReset(db, deps.jobs, deps.publicUrl, c.req.valid('json').email);
      return c.json(checkMail(c.get('language')), 202);
    })
    .openapi(reset, async (c) => {
      const { token, password } = c.req.valid('json');
      await resetPassword(db, token, password);
      return c.body(null, 204);
    })
    .openapi(accept, async (c) => {
      const session = await acceptInvitation(db, {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
        userAgent: c.req.header('user-agent'),
      });
      setSessionCookie(c, session);
      return c.json({ status: 'signed_in' as const, user: await getMe(db, session) }, 200);
    });
}
