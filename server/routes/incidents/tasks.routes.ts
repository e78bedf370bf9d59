import { createRoute, z } from '@hono/zod-openapi';
import { inTenant } from '../../db/tenant-transaction.js';
import type { AppDependencies } from '../../http/app-env.js';
import { requireActor } from '../../http/require-actor.js';
import { changeTask } from '../../modules/tasks/change-task.js';
import { createTask } from '../../modules/tasks/create-task.js';
import { listTasks } from '../../modules/tasks/list-tasks.js';
import { COMMON_ERRORS, createRouter, jsonContent } from '../openapi-router.js';
import { ZIncidentParams } from './incident-shared.schemas.js';
import { ZChangeTaskBody, ZCreateTaskBody, ZTask, ZTaskParams } from './tasks.schemas.js';

const INCIDENT_CLOSED = { ...COMMON_ERRORS[400], description: 'The incident is closed (`incident_closed`)' };

const list = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/tasks',
  tags: ['Incident tasks'],
  summary: 'The incident’s tasks: overdue first, then by deadline (none last), then oldest first',
  request: { params: ZIncidentParams },
  responses: {
    200: { description: 'Tasks', content: jsonContent(z.array(ZTask)) },
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/tasks',
  tags: ['Incident tasks'],
  summary: 'Add a task with an owner (a person and/or a role), a deadline and a checklist',
  request: { params: ZIncidentParams, body: { required: true, content: jsonContent(ZCreateTaskBody) } },
  responses: {
    201: { description: 'Added', content: jsonContent(ZTask) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: INCIDENT_CLOSED,
  },
});

const change = createRoute({
  method: 'patch',
  path: '/api/incidents/{id}/tasks/{taskId}',
  tags: ['Incident tasks'],
  summary: 'Change a task; status `done` records who finished it, reopening clears that',
  request: { params: ZTaskParams, body: { required: true, content: jsonContent(ZChangeTaskBody) } },
  responses: {
    200: { description: 'Changed', content: jsonContent(ZTask) },
    400: COMMON_ERRORS[400],
    401: COMMON_ERRORS[401],
    404: COMMON_ERRORS[404],
    409: INCIDENT_CLOSED,
  },
});

export function taskRoutes(deps: AppDependencies) {
  const db = deps.database.db;
  return createRouter()
    .openapi(list, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await inTenant(db, actor.organisationId, (tx) => listTasks(tx, actor, id)), 200);
    })
    .openapi(create, async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(await inTenant(db, actor.organisationId, (tx) => createTask(tx, actor, id, body)), 201);
    })
    .openapi(change, async (c) => {
      const actor = requireActor(c);
      const { id, taskId } = c.req.valid('param');
      const body = c.req.valid('json');
      const task = await inTenant(db, actor.organisationId, (tx) => changeTask(tx, actor, id, taskId, body));
      return c.json(task, 200);
    });
}
