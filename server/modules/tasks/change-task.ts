import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentTasks, type TaskStatus } from '../../db/schema/incidents.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';
import { incidentTopic, writableIncident } from '../incidents/incident-access.js';
import { mergeChecklist } from './checklist.js';
import { assertTaskOwner } from './task-owner.js';
import { readTask } from './task-view.js';

export interface TaskChanges {
  title?: string | undefined;
  description?: string | undefined;
  ownerUserId?: string | null | undefined;
  ownerRoleId?: string | null | undefined;
  deadline?: string | null | undefined;
  status?: TaskStatus | undefined;
  checklist?: { id?: string | undefined; text: string; done: boolean }[] | undefined;
}

/**
 * Changes a task of an active incident. Marking it done records who finished it and when;
 * moving it out of done clears that again. Fields left out stay as they are.
 */
export async function changeTask(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  taskId: string,
  changes: TaskChanges,
) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  const [task] = await tx
    .select()
    .from(incidentTasks)
    .where(
      and(
        eq(incidentTasks.id, taskId),
        eq(incidentTasks.incidentId, incident.id),
        eq(incidentTasks.organisationId, actor.organisationId),
      ),
    )
    .for('update');
  if (!task) throw notFound();
  // A person who left the organisation may stay owner of old tasks; only a new owner is checked.
  await assertTaskOwner(tx, actor.organisationId, {
    userId: changes.ownerUserId !== task.ownerUserId ? changes.ownerUserId : undefined,
    roleId: changes.ownerRoleId !== task.ownerRoleId ? changes.ownerRoleId : undefined,
  });

  const completion =
    changes.status === 'done' && task.status !== 'done'
      ? { completedAt: sql`now()`, completedBy: actor.userId }
      : changes.status !== undefined && changes.status !== 'done'
        ? { completedAt: null, completedBy: null }
        : {};
  await tx
    .update(incidentTasks)
    .set({
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.ownerUserId !== undefined && { ownerUserId: changes.ownerUserId }),
      ...(changes.ownerRoleId !== undefined && { ownerRoleId: changes.ownerRoleId }),
      ...(changes.deadline !== undefined && {
        deadline: changes.deadline === null ? null : new Date(changes.deadline),
      }),
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.checklist !== undefined && {
        checklist: mergeChecklist(task.checklist, changes.checklist),
      }),
      ...completion,
      updatedAt: sql`now()`,
    })
    .where(eq(incidentTasks.id, task.id));

  const changed = await readTask(tx, actor.organisationId, incident.id, task.id);
  await recordEvent(tx, {
    organisationId: actor.organisationId,
    topic: incidentTopic(incident.id),
    type: 'task.changed',
    payload: { task: changed },
    actorId: actor.userId,
  });
  return changed;
}
