import { useEffect, useState } from 'react';
import type { Participant } from '../../../../api/incidents-api';
import type { Task } from '../../../../api/tasks-api';

/** Done and cancelled tasks need nothing more from anyone. */
export function isFinished(task: Task): boolean {
  return task.status === 'done' || task.status === 'cancelled';
}

/** Late by the server's word, or because the deadline passed since the list was loaded. */
export function isOverdue(task: Task, now: number): boolean {
  if (isFinished(task)) return false;
  return task.overdue || (task.deadline !== null && Date.parse(task.deadline) < now);
}

/** The current time, moving on every minute, so deadlines turn late while the page is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * Puts a task in the list where it was (the server's order), or at the end when new. A live
 * event can arrive after the answer to our own change, so the newer of the two wins.
 */
export function upsertTask(tasks: Task[] | undefined, task: Task): Task[] | undefined {
  if (!tasks) return tasks;
  const index = tasks.findIndex((item) => item.id === task.id);
  if (index < 0) return [...tasks, task];
  const existing = tasks[index];
  if (existing && Date.parse(existing.updatedAt) > Date.parse(task.updatedAt)) return tasks;
  return tasks.map((item) => (item.id === task.id ? task : item));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The task of a `task.created` / `task.changed` event. */
export function taskFrom(payload: unknown): Task | undefined {
  if (!isRecord(payload) || !isRecord(payload.task) || typeof payload.task.id !== 'string') return undefined;
  // The server sends the same DTO as GET …/tasks.
  return payload.task as unknown as Task;
}

/** The people of a `participants.changed` event. */
export function participantsFrom(payload: unknown): Participant[] | undefined {
  if (!isRecord(payload) || !Array.isArray(payload.participants)) return undefined;
  return payload.participants as Participant[];
}
