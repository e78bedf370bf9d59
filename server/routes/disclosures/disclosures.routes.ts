import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { forbidden, notFound } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import {
  findDisclosure,
  listAllDisclosures,
  listOrganisationDisclosures,
} from '../../modules/privacy/disclosures/list-disclosures.js';
import { recordAuthorityDisclosure } from '../../modules/privacy/disclosures/record-authority-disclosure.js';
import { canReadAllDisclosures, canReadOrganisationDisclosures } from '../../policies/disclosures.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  authorityKindOptions,
  presentDisclosure,
  ZAuthorityDisclosureBody,
  ZDisclosure,
  ZDisclosureKindOption,
} from './disclosures.schemas.js';

const TAGS = ['Disclosures'];
const PRIVACY_STAFF = {
  ...COMMON_ERRORS[403],
  description: 'Only the operator’s privacy officer or a platform admin',
};

const listAll = createRoute({
  method: 'get',
  path: '/api/operator/disclosures',
  tags: TAGS,
  summary:
    'Every recorded disclosure to a third party, newest first (operator privacy officer, platform admin)',
  responses: {
    200: { description: 'Up to 500 disclosures', content: jsonContent(z.array(ZDisclosure)) },
    401: COMMON_ERRORS[401],
    403: PRIVACY_STAFF,
  },
});
const kinds = createRoute({
  method: 'get',
  path: '/api/operator/disclosures/kinds',
  tags: TAGS,
  summary: 'The kinds of disclosure to authorities, each with the legal grounds it allows',
  responses: {
    200: { description: 'Kinds', content: jsonContent(z.array(ZDisclosureKindOption)) },
    401: COMMON_ERRORS[401],
    403: PRIVACY_STAFF,
  },
});
const record = createRoute({
  method: 'post',
  path: '/api/operator/disclosures',
  tags: TAGS,
  summary: 'Record a disclosure to an authority: on an order, or a report of suspected fraud or abuse (P11)',
  description:
    'The legal basis must be one the kind allows. The person is found by their account’s e-mail address, so the disclosure appears in their access report and to their organisation’s admins. Audited.',
  request: { body: { required: true, content: jsonContent(ZAuthorityDisclosureBody) } },
  responses: {
    201: { description: 'Recorded', content: jsonContent(ZDisclosure) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: PRIVACY_STAFF,
  },
});
const listOrganisation = createRoute({
  method: 'get',
  path: '/api/organisation/disclosures',
  tags: TAGS,
  summary: 'Disclosures to third parties about your organisation’s people (admins)',
  responses: {
    200: { description: 'Up to 500 disclosures, newest first', content: jsonContent(z.array(ZDisclosure)) },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

/** The disclosures register of actual disclosures (P11): the operator's side and the organisation's view. */
export function disclosureRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const staffOnly = async (userId: string) => {
    if (!canReadAllDisclosures(await operatorRoleOf(db, userId))) throw forbidden();
  };
  return createRouter()
    .openapi(listAll, async (c) => {
      await staffOnly(requireActor(c).userId);
      return c.json((await listAllDisclosures(db)).map(presentDisclosure), 200);
    })
    .openapi(kinds, async (c) => {
      await staffOnly(requireActor(c).userId);
      return c.json(authorityKindOptions(), 200);
    })
    .openapi(record, async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const { id } = await recordAuthorityDisclosure(
        db,
        actor,
        { ...body, disclosedAt: new Date(body.disclosedAt) },
        c.get('clientIp'),
      );
      const recorded = await findDisclosure(db, id);
      if (!recorded) throw notFound();
      return c.json(presentDisclosure(recorded), 201);
    })
    .openapi(listOrganisation, async (c) => {
      const actor = requireActor(c);
      if (!canReadOrganisationDisclosures(actor)) throw forbidden();
      return c.json(
        (await listOrganisationDisclosures(db, actor.organisationId)).map(presentDisclosure),
        200,
      );
    });
}
