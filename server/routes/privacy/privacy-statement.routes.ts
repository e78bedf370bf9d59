import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppDependencies, AppEnv } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { DomainError, notFound } from '../../modules/domain-error.js';
import { operatorRoleOf } from '../../modules/operator/find-operator-role.js';
import { compareVersions } from '../../modules/privacy/statement/compare-versions.js';
import {
  readControllerDetails,
  updateControllerDetails,
} from '../../modules/privacy/statement/controller-details.js';
import { publishStatement } from '../../modules/privacy/statement/publish-statement.js';
import { readStatement } from '../../modules/privacy/statement/read-statement.js';
import { markStatementSeen, statementNotice } from '../../modules/privacy/statement/statement-notice.js';
import { canPublishPrivacyStatement } from '../../policies/privacy-statement.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  presentDiff,
  presentNotice,
  presentStatement,
  ZControllerDetails,
  ZDiffQuery,
  ZPrivacyStatement,
  ZPublished,
  ZPublishStatementBody,
  ZSeenBody,
  ZStatementDiff,
  ZStatementNotice,
  ZStatementQuery,
} from './privacy-statement.schemas.js';

const STAFF_ONLY = {
  ...COMMON_ERRORS[403],
  description: 'Only the operator’s privacy officer or a platform admin',
};
const TAGS = ['Privacy'];

const statement = createRoute({
  method: 'get',
  path: '/api/privacy/statement',
  tags: TAGS,
  summary: 'The published privacy statement (public), in the language of the request',
  request: { query: ZStatementQuery },
  responses: {
    200: { description: 'The statement with its versions', content: jsonContent(ZPrivacyStatement) },
    400: COMMON_ERRORS[400],
    404: COMMON_ERRORS[404],
  },
});

const diff = createRoute({
  method: 'get',
  path: '/api/privacy/statement/diff',
  tags: TAGS,
  summary: 'What changed between two versions of the privacy statement, by line and word (public)',
  request: { query: ZDiffQuery },
  responses: {
    200: { description: 'The differences', content: jsonContent(ZStatementDiff) },
    400: COMMON_ERRORS[400],
    404: COMMON_ERRORS[404],
  },
});

const controller = createRoute({
  method: 'get',
  path: '/api/privacy/controller',
  tags: TAGS,
  summary: 'The contact details of the controller (public)',
  responses: { 200: { description: 'Contact details', content: jsonContent(ZControllerDetails) } },
});

export function privacyStatementRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  // The registers in code plus this installation's configuration (which processors receive data).
  const registers = { config: deps.config };
  const staffOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!canPublishPrivacyStatement(await operatorRoleOf(db, requireActor(c).userId)))
      throw new DomainError('privacy_statement_staff_only', 403);
    await next();
  };
  const publish = createRoute({
    method: 'post',
    path: '/api/privacy/statement/versions',
    tags: TAGS,
    summary: 'Publish a new version of the privacy statement (operator privacy officer or platform admin)',
    middleware: [staffOnly] as const,
    request: { body: { required: true, content: jsonContent(ZPublishStatementBody) } },
    responses: {
      201: { description: 'Published', content: jsonContent(ZPublished) },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  const changeController = createRoute({
    method: 'put',
    path: '/api/privacy/controller',
    tags: TAGS,
    summary:
      'Change the controller’s contact details; shown at once (operator privacy officer or platform admin)',
    middleware: [staffOnly] as const,
    request: { body: { required: true, content: jsonContent(ZControllerDetails) } },
    responses: {
      200: { description: 'The details as stored', content: jsonContent(ZControllerDetails) },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      403: STAFF_ONLY,
    },
  });
  const notice = createRoute({
    method: 'get',
    path: '/api/me/privacy-statement',
    tags: TAGS,
    summary: 'Whether the privacy statement changed since you were last told',
    responses: {
      200: { description: 'The current version and yours', content: jsonContent(ZStatementNotice) },
      401: COMMON_ERRORS[401],
    },
  });
  const seen = createRoute({
    method: 'post',
    path: '/api/me/privacy-statement/seen',
    tags: TAGS,
    summary: 'Record that you were told about this version, so the notice is not shown again',
    request: { body: { required: true, content: jsonContent(ZSeenBody) } },
    responses: {
      204: { description: 'Recorded' },
      400: COMMON_ERRORS[400],
      401: COMMON_ERRORS[401],
      404: COMMON_ERRORS[404],
    },
  });

  return createRouter()
    .openapi(statement, async (c) => {
      const view = await readStatement(db, registers, c.get('language'), c.req.valid('query').version);
      return c.json(presentStatement(view), 200);
    })
    .openapi(diff, async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(presentDiff(await compareVersions(db, registers, c.get('language'), from, to)), 200);
    })
    .openapi(controller, async (c) => c.json(await readControllerDetails(db), 200))
    .openapi(publish, async (c) => {
      const actor = requireActor(c);
      const version = await publishStatement(db, actor, registers, c.req.valid('json'), c.get('clientIp'));
      return c.json({ version }, 201);
    })
    .openapi(changeController, async (c) => {
      const details = await updateControllerDetails(
        db,
        requireActor(c),
        c.req.valid('json'),
        c.get('clientIp'),
      );
      return c.json(details, 200);
    })
    .openapi(notice, async (c) =>
      c.json(presentNotice(await statementNotice(db, requireActor(c), registers)), 200),
    )
    .openapi(seen, async (c) => {
      const actor = requireActor(c);
      const { version } = c.req.valid('json');
      const current = await statementNotice(db, actor, registers);
      if (version > current.currentVersion) throw notFound();
      await markStatementSeen(db, actor, version);
      return c.body(null, 204);
    });
}
