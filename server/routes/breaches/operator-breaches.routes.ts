import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { systemClock } from '../../modules/alerts/alert-clock.js';
import type { BreachContext } from '../../modules/privacy/breaches/breach-context.js';
import { requireBreachStaff } from '../../modules/privacy/breaches/breach-staff.js';
import { closeBreach } from '../../modules/privacy/breaches/close-breach.js';
import { decideAuthority } from '../../modules/privacy/breaches/decide-authority.js';
import { decideSubjects } from '../../modules/privacy/breaches/decide-subjects.js';
import { listRegister, readRegisterEntry } from '../../modules/privacy/breaches/list-breaches.js';
import { markAffectedOrganisations } from '../../modules/privacy/breaches/mark-organisations.js';
import { recordBreach } from '../../modules/privacy/breaches/record-breach.js';
import { updateBreach } from '../../modules/privacy/breaches/update-breach.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  presentBreach,
  ZAffectedOrganisationsBody,
  ZAuthorityDecisionBody,
  ZBreach,
  ZRecordBreachBody,
  ZSubjectsDecisionBody,
  ZUpdateBreachBody,
} from './breaches.schemas.js';

const TAGS = ['Data breaches'];
const params = z.object({ id: z.uuid() });
const PRIVACY_STAFF = {
  ...COMMON_ERRORS[403],
  description: 'Only the operator’s privacy officer or a platform admin',
};
const CONFLICT = {
  ...COMMON_ERRORS[400],
  description: 'The breach is closed, or a decision is missing to close it',
};
const BREACH = { description: 'The breach as the register now shows it', content: jsonContent(ZBreach) };
const ACTION_RESPONSES = {
  200: BREACH,
  400: COMMON_ERRORS[400],
  401: COMMON_ERRORS[401],
  403: PRIVACY_STAFF,
  404: COMMON_ERRORS[404],
  409: CONFLICT,
};

/**
 * The operator's breach register (GDPR art. 33(5)) with its 72-hour clock: only the privacy officer
 * and platform admins. Their role is checked before the input, so nobody else learns from a 400.
 */
export function operatorBreachRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  const clock = deps.clock ?? systemClock;
  const ctx: BreachContext = {
    db,
    jobs: deps.jobs,
    // Read when a mail is made: a server on port 0 learns its address after the routes exist.
    get publicUrl() {
      return deps.publicUrl;
    },
    clock,
  };
  const staffOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
    await requireBreachStaff(db, requireActor(c));
    await next();
  };
  const action = <Body extends z.ZodType>(
    summary: string,
    path: string,
    method: 'post' | 'patch',
    body: Body,
  ) =>
    createRoute({
      method,
      path,
      tags: TAGS,
      summary,
      middleware: [staffOnly] as const,
      request: { params, body: { required: true, content: jsonContent(body) } },
      responses: ACTION_RESPONSES,
    });
  const list = createRoute({
    middleware: [staffOnly] as const,
    method: 'get',
    path: '/api/operator/breaches',
    tags: TAGS,
    summary: 'The breach register: open breaches first, soonest due first, each with its 72-hour clock',
    responses: {
      200: { description: 'Up to 500 breaches', content: jsonContent(z.array(ZBreach)) },
      401: COMMON_ERRORS[401],
      403: PRIVACY_STAFF,
    },
  });
  const record = createRoute({
    middleware: [staffOnly] as const,
    method: 'post',
    path: '/api/operator/breaches',
    tags: TAGS,
    summary: 'Record a personal data breach (art. 33(5)); the authority is due 72 hours after its discovery',
    request: { body: { required: true, content: jsonContent(ZRecordBreachBody) } },
    responses: {
      201: { description: 'Recorded', content: jsonContent(ZBreach) },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      403: PRIVACY_STAFF,
    },
  });
  const readOne = createRoute({
    middleware: [staffOnly] as const,
    method: 'get',
    path: '/api/operator/breaches/{id}',
    tags: TAGS,
    summary: 'One breach of the register, with its decisions and affected organisations',
    request: { params },
    responses: { 200: BREACH, 401: COMMON_ERRORS[401], 403: PRIVACY_STAFF, 404: COMMON_ERRORS[404] },
  });
  const update = action(
    'Change what is known about an open breach. Audited',
    '/api/operator/breaches/{id}',
    'patch',
    ZUpdateBreachBody,
  );
  const authority = action(
    'Record the notification to the Autoriteit Persoonsgegevens with its reference, or the reasoned decision not to notify. Audited',
    '/api/operator/breaches/{id}/authority',
    'post',
    ZAuthorityDecisionBody,
  );
  const subjects = action(
    'Record that the people concerned were informed (art. 34), or why that is not needed. Audited',
    '/api/operator/breaches/{id}/subjects',
    'post',
    ZSubjectsDecisionBody,
  );
  const organisations = action(
    'Mark customer organisations as affected: their admins are e-mailed and see the breach (art. 33(2)). Audited',
    '/api/operator/breaches/{id}/organisations',
    'post',
    ZAffectedOrganisationsBody,
  );
  const close = createRoute({
    method: 'post',
    path: '/api/operator/breaches/{id}/close',
    tags: TAGS,
    summary: 'Close a breach once both decisions (authority, people concerned) are recorded. Audited',
    middleware: [staffOnly] as const,
    request: { params },
    responses: ACTION_RESPONSES,
  });

  const entry = async (actorId: Parameters<typeof readRegisterEntry>[1], id: string) =>
    presentBreach(await readRegisterEntry(db, actorId, id, clock()));

  return createRouter()
    .openapi(list, async (c) =>
      c.json((await listRegister(db, requireActor(c), clock())).map(presentBreach), 200),
    )
    .openapi(record, async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const { id } = await recordBreach(
        db,
        actor,
        { ...body, discoveredAt: new Date(body.discoveredAt) },
        c.get('clientIp'),
        clock(),
      );
      return c.json(await entry(actor, id), 201);
    })
    .openapi(readOne, async (c) => c.json(await entry(requireActor(c), c.req.valid('param').id), 200))
    .openapi(update, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { discoveredAt, ...rest } = c.req.valid('json');
      const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      await updateBreach(
        db,
        actor,
        id,
        { ...changes, ...(discoveredAt ? { discoveredAt: new Date(discoveredAt) } : {}) },
        c.get('clientIp'),
        clock(),
      );
      return c.json(await entry(actor, id), 200);
    })
    .openapi(authority, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await decideAuthority(
        db,
        actor,
        id,
        body.decision === 'notified' ? { ...body, notifiedAt: new Date(body.notifiedAt) } : body,
        c.get('clientIp'),
        clock(),
      );
      return c.json(await entry(actor, id), 200);
    })
    .openapi(subjects, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await decideSubjects(
        db,
        actor,
        id,
        body.decision === 'informed' ? { ...body, informedAt: new Date(body.informedAt) } : body,
        c.get('clientIp'),
        clock(),
      );
      return c.json(await entry(actor, id), 200);
    })
    .openapi(organisations, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      await markAffectedOrganisations(ctx, actor, id, c.req.valid('json').organisationIds, c.get('clientIp'));
      return c.json(await entry(actor, id), 200);
    })
    .openapi(close, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      await closeBreach(db, actor, id, c.get('clientIp'), clock());
      return c.json(await entry(actor, id), 200);
    });
}
