import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import { forbidden, notFound } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import { liftLegalHold } from '../../modules/privacy/legal-hold/lift-legal-hold.js';
import { listLegalHolds } from '../../modules/privacy/legal-hold/list-legal-holds.js';
import { placeLegalHold } from '../../modules/privacy/legal-hold/place-legal-hold.js';
import { canReadAllLegalHolds } from '../../policies/legal-holds.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { presentLegalHold, ZLegalHold, ZPlaceLegalHoldBody } from './legal-holds.schemas.js';

const TAGS = ['Legal holds'];
const MANAGERS = {
  ...COMMON_ERRORS[403],
  description: 'Only organisation admins and the operator’s privacy officer',
};

const list = createRoute({
  method: 'get',
  path: '/api/legal-holds',
  tags: TAGS,
  summary: 'Legal holds: your organisation’s (admins), or every organisation’s (operator privacy officer)',
  responses: {
    200: { description: 'Newest first, lifted ones too', content: jsonContent(z.array(ZLegalHold)) },
    401: COMMON_ERRORS[401],
    403: MANAGERS,
  },
});
const place = createRoute({
  method: 'post',
  path: '/api/legal-holds',
  tags: TAGS,
  summary:
    'Place a legal hold on a person and/or an incident (GDPR art. 17(3)), with ground, reason and end date',
  description:
    'While in force, erasure of the person (or of people who took part in the incident) waits and states the reason, the retention job keeps their records, and the incident cannot be deleted. Audited.',
  request: { body: { required: true, content: jsonContent(ZPlaceLegalHoldBody) } },
  responses: {
    201: { description: 'Placed', content: jsonContent(ZLegalHold) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: { ...COMMON_ERRORS[404], description: 'Not a person or incident you manage' },
  },
});
const lift = createRoute({
  method: 'post',
  path: '/api/legal-holds/{id}/lift',
  tags: TAGS,
  summary: 'Lift a legal hold; the record stays as evidence. Audited',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Lifted' },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: { ...COMMON_ERRORS[400], description: 'Already lifted (`legal_hold_lifted`)' },
  },
});

/** Legal holds (art. 17(3)): placed and lifted by the organisation's admins or the operator's privacy officer. */
export function legalHoldRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const clock = deps.clock ?? systemClock;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const all = canReadAllLegalHolds(await operatorRoleOf(db, actor.userId));
      if (!all && actor.role !== 'admin') throw forbidden();
      const holds = await listLegalHolds(db, all ? null : actor.organisationId);
      return c.json(holds.map(presentLegalHold), 200);
    })
    .openapi(place, async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const { id } = await placeLegalHold(
        db,
        actor,
        { ...body, until: new Date(body.until) },
        c.get('clientIp'),
        clock(),
      );
      const [placed] = await listLegalHolds(db, null, id);
      if (!placed) throw notFound();
      return c.json(presentLegalHold(placed), 201);
    })
    .openapi(lift, async (c) => {
      await liftLegalHold(db, requireActor(c), c.req.valid('param').id, c.get('clientIp'), clock());
      return c.body(null, 204);
    });
}
