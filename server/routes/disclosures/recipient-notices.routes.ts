import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../db/database.js';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { forbidden } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import {
  listAllRecipientNotices,
  listOrganisationRecipientNotices,
} from '../../modules/privacy/recipient-notices/list-recipient-notices.js';
import { recordNoticeTold } from '../../modules/privacy/recipient-notices/record-notice-told.js';
import { canReadAllDisclosures, canReadOrganisationDisclosures } from '../../policies/disclosures.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { presentRecipientNotice, ZNoticeToldBody, ZRecipientNotice } from './disclosures.schemas.js';

const TAGS = ['Disclosures'];
const PRIVACY_STAFF = {
  ...COMMON_ERRORS[403],
  description: 'Only the operator’s privacy officer or a platform admin',
};

// Checked before the input, so someone outside the privacy staff learns nothing from a 400 either.
const privacyStaffOnly =
  (db: Database): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!canReadAllDisclosures(await operatorRoleOf(db, requireActor(c).userId))) throw forbidden();
    await next();
  };

const listAll = createRoute({
  method: 'get',
  path: '/api/operator/recipient-notices',
  tags: TAGS,
  summary:
    'Recipients of disclosed data to be told, or told, of its correction, erasure or restriction (GDPR art. 19)',
  responses: {
    200: {
      description: 'Up to 500 notices, those still to tell first',
      content: jsonContent(z.array(ZRecipientNotice)),
    },
    401: COMMON_ERRORS[401],
    403: PRIVACY_STAFF,
  },
});
const listOrganisation = createRoute({
  method: 'get',
  path: '/api/organisation/recipient-notices',
  tags: TAGS,
  summary: 'Notices to recipients of data about your organisation’s people (admins)',
  responses: {
    200: { description: 'Up to 500 notices', content: jsonContent(z.array(ZRecipientNotice)) },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

/** Notices to recipients of disclosures (art. 19): the operator's list and tasks, the organisation's view. */
export function recipientNoticeRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const staffOnly = privacyStaffOnly(db);
  const told = createRoute({
    method: 'post',
    path: '/api/operator/recipient-notices/{id}/told',
    tags: TAGS,
    summary: 'Record how a recipient without an e-mail address was told (audited)',
    middleware: [staffOnly] as const,
    request: {
      params: z.object({ id: z.uuid() }),
      body: { required: true, content: jsonContent(ZNoticeToldBody) },
    },
    responses: {
      204: { description: 'Recorded' },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      403: PRIVACY_STAFF,
      404: COMMON_ERRORS[404],
      409: { ...COMMON_ERRORS[400], description: 'Already told (`recipient_notice_done`)' },
    },
  });
  return createRouter()
    .openapi(listAll, async (c) => {
      if (!canReadAllDisclosures(await operatorRoleOf(db, requireActor(c).userId))) throw forbidden();
      return c.json((await listAllRecipientNotices(db)).map(presentRecipientNotice), 200);
    })
    .openapi(told, async (c) => {
      const actor = requireActor(c);
      await recordNoticeTold(
        db,
        actor,
        await operatorRoleOf(db, actor.userId),
        c.req.valid('param').id,
        c.req.valid('json').note,
        c.get('clientIp'),
      );
      return c.body(null, 204);
    })
    .openapi(listOrganisation, async (c) => {
      const actor = requireActor(c);
      if (!canReadOrganisationDisclosures(actor)) throw forbidden();
      return c.json(
        (await listOrganisationRecipientNotices(db, actor.organisationId)).map(presentRecipientNotice),
        200,
      );
    });
}
