import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { incidentTasks } from '../../db/schema/incidents.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { incidentTopic, writableIncident } from '../incidents/incident-access.js';
import { newChecklist } from './checklist.js';
import { assertTaskOwner } from './task-owner.js';
import { readTask } from './task-view.js';

export interface NewTask {
  title: string;
  description?: string | undefined;
  ownerUserId?: string | null | undefined;
  ownerRoleId?: string | null | undefined;
  deadline?: string | null | undefined;
  checklist?: string[] | undefined;
}

/** Adds a task ("actie") to an active incident and tells everyone in the room. */
export async function createTask(tx: Transaction, actor: Actor, incidentId: string, input: NewTask) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  await assertTaskOwner(tx, actor.organisationId, { userId: input.ownerUserId, roleId: input.ownerRoleId });
  const id = uuidv7();
  await tx.insert(incidentTasks).values({
    id,
    organisationId: actor.organisationId,
    incidentId: incident.id,
    title: input.title,
    description: input.description ?? '',
    ownerUserId: input.ownerUserId ?? null,
    ownerRoleId: input.ownerRoleId ?? null,
    deadline: input.deadline ? new Date(input.deadline) : null,
    checklist: newChecklist(input.checklist ?? []),
    createdBy: actor.userId,
  });
  const task = await readTask(tx, actor.organisationId, incident.id, id);
  await recordEvent(tx, {
    organisationId: actor.organisationId,
    topic: incidentTopic(incident.id),
    type: 'task.created',
    payload: { task },
    actorId: actor.userId,
  });
  return task;
}
