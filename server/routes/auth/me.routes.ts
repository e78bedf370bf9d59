import { createRoute } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { cancelOwnAccount } from '../../modules/accounts/cancel-account.js';
import { getMe } from '../../modules/accounts/get-me.js';
import { requestEmailChange } from '../../modules/accounts/request-email-change.js';
import { switchOffSecondFactor } from '../../modules/accounts/switch-off-second-factor.js';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../modules/accounts/totp.js';
import { updateProfile } from '../../modules/accounts/update-profile.js';
import { DomainError } from '../../modules/domain-error.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZMe } from './auth.schemas.js';
import {
  ZChangeEmailBody,
  ZConfirmTotpBody,
  ZPasswordBody,
  ZRecoveryCodes,
  ZTotpEnrolment,
  ZUpdateMeBody,
} from './me.schemas.js';
import { clearSessionCookie } from './session-cookie.js';

const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Accounts'],
  summary: 'The signed-in user',
  responses: { 200: { description: 'You', content: jsonContent(ZMe) }, 401: COMMON_ERRORS[401] },
});

const updateMe = createRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['Accounts'],
  summary: 'Change your own profile and settings; takes effect at once',
  request: { body: { required: true, content: jsonContent(ZUpdateMeBody) } },
  responses: {
    200: { description: 'Your updated profile', content: jsonContent(ZMe) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
  },
});

const startSecondFactor = createRoute({
  method: 'post',
  path: '/api/me/second-factor',
  tags: ['Accounts'],
  summary: 'Start setting up an authenticator app (TOTP): returns the secret and a QR code',
  responses: {
    200: { description: 'Scan the QR code, then confirm with a code', content: jsonContent(ZTotpEnrolment) },
    401: COMMON_ERRORS[401],
    409: { ...COMMON_ERRORS[400], description: 'A second factor is already set up' },
  },
});

const confirmSecondFactor = createRoute({
  method: 'post',
  path: '/api/me/second-factor/confirm',
  tags: ['Accounts'],
  summary: 'Confirm the authenticator app with a first code; returns recovery codes, shown once',
  request: { body: { required: true, content: jsonContent(ZConfirmTotpBody) } },
  responses: {
    200: { description: 'Set up', content: jsonContent(ZRecoveryCodes) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
  },
});

const removeFactor = createRoute({
  method: 'post',
  path: '/api/me/second-factor/remove',
  tags: ['Accounts'],
  summary: 'Switch the second factor off (password required; not allowed when the organisation demands one)',
  request: { body: { required: true, content: jsonContent(ZPasswordBody) } },
  responses: { 204: { description: 'Removed' }, 400: COMMON_ERRORS[400], 401: COMMON_ERRORS[401] },
});

const cancelMe = createRoute({
  method: 'post',
  path: '/api/me/cancel',
  tags: ['Accounts'],
  summary:
    'Cancel your own account: signs you out everywhere; personal data is erased after the grace period',
  request: { body: { required: true, content: jsonContent(ZPasswordBody) } },
  responses: { 204: { description: 'Cancelled' }, 400: COMMON_ERRORS[400], 401: COMMON_ERRORS[401] },
});

const changeEmail = createRoute({
  method: 'post',
  path: '/api/me/email',
  tags: ['Accounts'],
  summary: 'Change your e-mail address: takes effect when you confirm it from the new mailbox',
  request: { body: { required: true, content: jsonContent(ZChangeEmailBody) } },
  responses: {
    202: { description: 'Confirmation link sent to the new address' },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    409: { ...COMMON_ERRORS[400], description: 'The address already has an account' },
  },
});

export function meRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(me, async (c) => c.json(await getMe(db, requireActor(c)), 200))
    .openapi(updateMe, async (c) => {
      const actor = requireActor(c);
      await updateProfile(db, actor, c.req.valid('json'), c.get('clientIp'));
      return c.json(await getMe(db, actor), 200);
    })
    .openapi(startSecondFactor, async (c) => {
      const actor = requireActor(c);
      const profile = await getMe(db, actor);
      const enrolment = await startTotpEnrolment(db, deps.secretKey, {
        id: actor.userId,
        organisationId: actor.organisationId,
        email: profile.email,
      });
      if (!enrolment) throw new DomainError('second_factor_exists', 409);
      return c.json(enrolment, 200);
    })
    .openapi(confirmSecondFactor, async (c) => {
      const actor = requireActor(c);
      const codes = await confirmTotpEnrolment(
        db,
        deps.secretKey,
        { id: actor.userId, organisationId: actor.organisationId },
        c.req.valid('json').code,
      );
      if (!codes) throw new DomainError('invalid_code', 400);
      return c.json({ recoveryCodes: codes }, 200);
    })
    .openapi(removeFactor, async (c) => {
      await switchOffSecondFactor(db, requireActor(c), c.req.valid('json').password, c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(changeEmail, async (c) => {
      await requestEmailChange(db, deps.jobs, deps.publicUrl, requireActor(c), {
        ...c.req.valid('json'),
        ipAddress: c.get('clientIp'),
      });
      return c.body(null, 202);
    })
    .openapi(cancelMe, async (c) => {
      const actor = requireActor(c);
      await cancelOwnAccount(
        db,
        actor,
        c.req.valid('json').password,
        deps.config.ERASURE_GRACE_DAYS,
        c.get('clientIp'),
      );
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
