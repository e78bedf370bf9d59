import { apiRequest } from './api-client';
import type { PersonRef } from './incidents-api';

export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
}

/** An action ("actie") of the incident, owned by a person or a role. */
export interface Task {
  id: string;
  title: string;
  description: string;
  owner: { user: PersonRef; role: { id: string; name: string } | null };
  deadline: string | null;
  status: TaskStatus;
  checklist: ChecklistItem[];
  overdue: boolean;
  createdBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  completedBy: PersonRef;
}

export interface NewTask {
  title: string;
  description?: string;
  ownerUserId?: string;
  ownerRoleId?: string;
  deadline?: string;
  checklist?: string[];
}

/** Only what changes; the checklist always goes whole, with the ids of the items that stay. */
export interface TaskChanges {
  title?: string;
  description?: string;
  ownerUserId?: string | null;
  ownerRoleId?: string | null;
  deadline?: string | null;
  status?: TaskStatus;
  checklist?: { id?: string; text: string; done: boolean }[];
}

function tasksPath(incidentId: string): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/tasks`;
}

export function listTasks(incidentId: string, signal?: AbortSignal) {
  return apiRequest<Task[]>('GET', tasksPath(incidentId), { signal });
}

export function createTask(incidentId: string, input: NewTask) {
  return apiRequest<Task>('POST', tasksPath(incidentId), { body: input });
}

export function changeTask(incidentId: string, taskId: string, changes: TaskChanges) {
  return apiRequest<Task>('PATCH', `${tasksPath(incidentId)}/${encodeURIComponent(taskId)}`, {
    body: changes,
  });
}
