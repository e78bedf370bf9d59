import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { requirePermission } from '../../http/require-permission.js';
import { cancelMemberAccount, restoreMemberAccount } from '../../modules/accounts/cancel-account.js';
import { changeUser } from '../../modules/users/change-user.js';
import { importUsers, previewImport } from '../../modules/users/import/import-users.js';
import { inviteUser } from '../../modules/users/invite-user.js';
import { listUsers } from '../../modules/users/list-users.js';
import { canManageUsers } from '../../policies/accounts.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  ZChangeUserBody,
  ZImportBody,
  ZImportPreview,
  ZImportPreviewBody,
  ZImportResult,
  ZInviteBody,
  ZUser,
  ZUsersQuery,
} from './users.schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['Users'],
  summary: 'People of your organisation (search by name, e-mail or job title)',
  request: { query: ZUsersQuery },
  responses: {
    200: { description: 'People', content: jsonContent(z.array(ZUser)) },
    401: COMMON_ERRORS[401],
  },
});

const invite = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Invite a person by e-mail; they choose their own password',
  request: { body: { required: true, content: jsonContent(ZInviteBody) } },
  responses: {
    201: { description: 'Invited', content: jsonContent(z.object({ id: z.uuid() })) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    409: { ...COMMON_ERRORS[400], description: 'The address already has an account' },
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['Users'],
  summary: 'Change a person’s role, or deactivate/reactivate them (signs them out everywhere)',
  request: {
    params: z.object({ id: z.uuid() }),
    body: { required: true, content: jsonContent(ZChangeUserBody) },
  },
  responses: {
    204: { description: 'Changed' },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const cancel = createRoute({
  method: 'post',
  path: '/api/users/{id}/cancel',
  tags: ['Users'],
  summary: 'Cancel a person’s account: signed out at once, personal data erased after the grace period',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Cancelled' },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const restore = createRoute({
  method: 'post',
  path: '/api/users/{id}/restore',
  tags: ['Users'],
  summary: 'Undo a cancellation during the grace period',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    204: { description: 'Restored' },
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    404: COMMON_ERRORS[404],
  },
});

const importPreview = createRoute({
  method: 'post',
  path: '/api/users/import/preview',
  tags: ['Users'],
  summary: 'Check a CSV file of people row by row, without importing anything',
  request: { body: { required: true, content: jsonContent(ZImportPreviewBody) } },
  responses: {
    200: { description: 'What the import would do', content: jsonContent(ZImportPreview) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
  },
});

const importCsv = createRoute({
  method: 'post',
  path: '/api/users/import',
  tags: ['Users'],
  summary: 'Invite everyone in a CSV file; with errors nothing is imported unless onlyValidRows is true',
  request: { body: { required: true, content: jsonContent(ZImportBody) } },
  responses: {
    200: { description: 'Imported', content: jsonContent(ZImportResult) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    403: COMMON_ERRORS[403],
    422: { ...COMMON_ERRORS[400], description: 'Rows with errors; nothing was imported' },
  },
});

export function userRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const rows = await inTenant(db, actor.organisationId, (tx) =>
        listUsers(tx, actor, c.req.valid('query').search),
      );
      return c.json(
        rows.map((row) => ({
          ...row,
          restrictedAt: row.restrictedAt?.toISOString() ?? null,
          createdAt: row.createdAt.toISOString(),
        })),
        200,
      );
    })
    .openapi(invite, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      const id = await inviteUser(
        db,
        deps.jobs,
        deps.publicUrl,
        actor,
        c.req.valid('json'),
        c.get('clientIp'),
      );
      return c.json({ id }, 201);
    })
    .openapi(change, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      await changeUser(db, actor, c.req.valid('param').id, c.req.valid('json'), c.get('clientIp'));
      return c.body(null, 204);
    })
    .openapi(importPreview, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      return c.json(await previewImport(db, actor, c.req.valid('json').csv, c.get('language')), 200);
    })
    .openapi(importCsv, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      const body = c.req.valid('json');
      const result = await importUsers(db, deps.jobs, deps.publicUrl, actor, {
        ...body,
        language: c.get('language'),
        ipAddress: c.get('clientIp'),
      });
      return c.json(result, 200);
    })
    .openapi(cancel, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      await cancelMemberAccount(
        db,
        actor,
        c.req.valid('param').id,
        deps.config.ERASURE_GRACE_DAYS,
        c.get('clientIp'),
      );
      return c.body(null, 204);
    })
    .openapi(restore, async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, canManageUsers);
      await restoreMemberAccount(db, actor, c.req.valid('param').id, c.get('clientIp'));
      return c.body(null, 204);
    });
}
