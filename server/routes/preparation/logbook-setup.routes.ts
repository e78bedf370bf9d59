import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeLogbookClassification } from '../../modules/preparation/change-logbook-classification.js';
import { changeLogbookLabel } from '../../modules/preparation/change-logbook-label.js';
import { createLogbookClassification } from '../../modules/preparation/create-logbook-classification.js';
import { createLogbookLabel } from '../../modules/preparation/create-logbook-label.js';
import { deleteLogbookClassification } from '../../modules/preparation/delete-logbook-classification.js';
import { deleteLogbookLabel } from '../../modules/preparation/delete-logbook-label.js';
import { listLogbookClassifications } from '../../modules/preparation/list-logbook-classifications.js';
import { listLogbookLabels } from '../../modules/preparation/list-logbook-labels.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import {
  ZChangeClassificationBody,
  ZCreateClassificationBody,
  ZLabelBody,
  ZLogbookClassification,
  ZLogbookLabel,
} from './logbook-setup.schemas.js';
import {
  conflictError,
  ITEM_ERRORS,
  preparationManagersOnly,
  WRITE_ERRORS,
  ZIdParams,
} from './preparation-shared.js';

const listClassifications = createRoute({
  method: 'get',
  path: '/api/logbook/classifications',
  tags: ['Preparation'],
  summary: 'The kinds of logbook entry (Melding, Besluit, …) in their order',
  responses: {
    200: { description: 'Classifications', content: jsonContent(z.array(ZLogbookClassification)) },
    401: COMMON_ERRORS[401],
  },
});

const createClassification = createRoute({
  method: 'post',
  path: '/api/logbook/classifications',
  tags: ['Preparation'],
  summary: 'Add a kind of logbook entry; without a position it goes last',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZCreateClassificationBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZLogbookClassification) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a classification with this name'),
  },
});

const changeClassification = createRoute({
  method: 'patch',
  path: '/api/logbook/classifications/{id}',
  tags: ['Preparation'],
  summary: 'Rename a classification or move it in the list',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZChangeClassificationBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZLogbookClassification) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a classification with this name'),
  },
});

const deleteClassification = createRoute({
  method: 'delete',
  path: '/api/logbook/classifications/{id}',
  tags: ['Preparation'],
  summary: 'Delete a classification; entries that had it keep their text',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

const listLabels = createRoute({
  method: 'get',
  path: '/api/logbook/labels',
  tags: ['Preparation'],
  summary: 'The labels logbook entries can carry (Pers, Slachtoffers, …), by name',
  responses: {
    200: { description: 'Labels', content: jsonContent(z.array(ZLogbookLabel)) },
    401: COMMON_ERRORS[401],
  },
});

const createLabel = createRoute({
  method: 'post',
  path: '/api/logbook/labels',
  tags: ['Preparation'],
  summary: 'Add a label to filter the logbook by',
  middleware: [preparationManagersOnly] as const,
  request: { body: { required: true, content: jsonContent(ZLabelBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZLogbookLabel) },
    ...WRITE_ERRORS,
    409: conflictError('The organisation already has a label with this name'),
  },
});

const changeLabel = createRoute({
  method: 'patch',
  path: '/api/logbook/labels/{id}',
  tags: ['Preparation'],
  summary: 'Rename a logbook label',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams, body: { required: true, content: jsonContent(ZLabelBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZLogbookLabel) },
    ...ITEM_ERRORS,
    409: conflictError('The organisation already has a label with this name'),
  },
});

const deleteLabel = createRoute({
  method: 'delete',
  path: '/api/logbook/labels/{id}',
  tags: ['Preparation'],
  summary: 'Delete a label; logbook entries no longer show it',
  middleware: [preparationManagersOnly] as const,
  request: { params: ZIdParams },
  responses: { 204: { description: 'Deleted' }, ...ITEM_ERRORS },
});

export function logbookSetupRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(listClassifications, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(
        await inTenant(db, organisationId, (tx) => listLogbookClassifications(tx, organisationId)),
        200,
      );
    })
    .openapi(createClassification, async (c) =>
      c.json(await createLogbookClassification(db, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(changeClassification, async (c) =>
      c.json(
        await changeLogbookClassification(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(deleteClassification, async (c) => {
      await deleteLogbookClassification(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(listLabels, async (c) => {
      const { organisationId } = requireActor(c);
      return c.json(await inTenant(db, organisationId, (tx) => listLogbookLabels(tx, organisationId)), 200);
    })
    .openapi(createLabel, async (c) =>
      c.json(await createLogbookLabel(db, requireActor(c), c.req.valid('json')), 201),
    )
    .openapi(changeLabel, async (c) =>
      c.json(
        await changeLogbookLabel(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(deleteLabel, async (c) => {
      await deleteLogbookLabel(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
