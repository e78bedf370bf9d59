import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { type ChecklistItem, incidentTasks, type TaskStatus } from '../../db/schema/incidents.js';
import { roles } from '../../db/schema/teams.js';
import { type PersonRef, personRef, userNames } from '../incidents/user-names.js';

/** A task as the API shows it, and as `task.created` / `task.changed` events carry it. */
export interface TaskView {
  id: string;
  title: string;
  description: string;
  owner: { user: PersonRef | null; role: { id: string; name: string } | null };
  deadline: string | null;
  status: TaskStatus;
  checklist: ChecklistItem[];
  overdue: boolean;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  completedBy: PersonRef | null;
}

/**
 * Past its deadline and not finished, by the database clock: the same clock for every reader, so
 * the list and its sort order agree with each other and with the incident overview.
 */
const overdue = sql<boolean>`coalesce(${incidentTasks.deadline} < now(), false) and ${incidentTasks.status} not in ('done', 'cancelled')`;

/**
 * The incident's tasks (or one of them) in the order people work them: overdue first, then by
 * deadline (none last), then as they were created.
 */
export async function readTasks(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
  taskId?: string,
): Promise<TaskView[]> {
  const conditions: SQL[] = [
    eq(incidentTasks.organisationId, organisationId),
    eq(incidentTasks.incidentId, incidentId),
  ];
  if (taskId) conditions.push(eq(incidentTasks.id, taskId));
  const rows = await tx
    .select({ task: incidentTasks, overdue })
    .from(incidentTasks)
    .where(and(...conditions))
    .orderBy(
      sql`${overdue} desc`,
      sql`${incidentTasks.deadline} asc nulls last`,
      asc(incidentTasks.createdAt),
      asc(incidentTasks.id),
    );
  const names = await userNames(
    tx,
    organisationId,
    rows.flatMap(({ task }) => [task.ownerUserId, task.createdBy, task.completedBy]),
  );
  const roleIds = [...new Set(rows.flatMap(({ task }) => task.ownerRoleId ?? []))];
  const roleRows =
    roleIds.length === 0
      ? []
      : await tx
          .select({ id: roles.id, name: roles.name })
          .from(roles)
          .where(and(eq(roles.organisationId, organisationId), inArray(roles.id, roleIds)));
  const rolesById = new Map(roleRows.map((role) => [role.id, role]));
  return rows.map(({ task, overdue: isOverdue }) => ({
    id: task.id,
    title: task.title,
    description: task.description,
    owner: {
      user: personRef(names, task.ownerUserId),
      role: (task.ownerRoleId ? rolesById.get(task.ownerRoleId) : undefined) ?? null,
    },
    deadline: task.deadline?.toISOString() ?? null,
    status: task.status,
    checklist: task.checklist,
    overdue: Boolean(isOverdue),
    createdBy: personRef(names, task.createdBy),
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    completedAt: task.completedAt?.toISOString() ?? null,
    completedBy: personRef(names, task.completedBy),
  }));
}

/** A task just written in this transaction, as the API shows it. */
export async function readTask(tx: Transaction, organisationId: string, incidentId: string, taskId: string) {
  const [task] = await readTasks(tx, organisationId, incidentId, taskId);
  if (!task) throw new Error(`task ${taskId} vanished inside its own transaction`);
  return task;
}
