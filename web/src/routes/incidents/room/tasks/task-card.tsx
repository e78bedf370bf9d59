import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../api/api-client';
import type { Participant } from '../../../../api/incidents-api';
import { type ChecklistItem, changeTask, type Task, type TaskStatus } from '../../../../api/tasks-api';
import { Icon } from '../../../../ui/icons';
import { Notice } from '../../../../ui/notice';
import { TaskForm } from './task-form';
import { isFinished, isOverdue } from './task-rules';
import type { OwnerRole } from './use-owner-roles';
import { useZonedTime } from './zoned-time';

const STATUS_TONE = { open: 'neutral', in_progress: 'accent', done: 'good', cancelled: 'neutral' } as const;

/** The status changes offered from each status, most likely first. */
const NEXT_STATUSES: Record<TaskStatus, TaskStatus[]> = {
  open: ['in_progress', 'cancelled'],
  in_progress: ['open', 'cancelled'],
  done: ['open'],
  cancelled: ['open'],
};

interface TaskCardProps {
  incidentId: string;
  task: Task;
  now: number;
  canWrite: boolean;
  participants: Participant[];
  roles: OwnerRole[];
  onChanged(task: Task): void;
  onAnnounce(message: string): void;
}

/** One action in the list: what, who, when, and the quick "afgerond"; details and changes unfold. */
export function TaskCard({
  incidentId,
  task,
  now,
  canWrite,
  participants,
  roles,
  onChanged,
  onAnnounce,
}: TaskCardProps) {
  const { t } = useTranslation();
  const time = useZonedTime();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const titleId = `task-${task.id}`;
  const detailsId = `task-${task.id}-details`;
  const overdue = isOverdue(task, now);
  const finished = isFinished(task);
  const doneCount = task.checklist.filter((item) => item.done).length;

  async function send(changes: Parameters<typeof changeTask>[2], optimistic?: Task) {
    if (pending) return;
    setPending(true);
    setProblem(undefined);
    if (optimistic) onChanged(optimistic);
    try {
      const saved = await changeTask(incidentId, task.id, changes);
      onChanged(saved);
      return saved;
    } catch (error) {
      if (optimistic) onChanged(task);
      setProblem(problemText(error));
      return undefined;
    } finally {
      setPending(false);
    }
  }

  async function changeStatus(status: TaskStatus) {
    const saved = await send({ status });
    if (saved) {
      onAnnounce(
        t('incidentPanels.tasks.statusChanged', {
          title: saved.title,
          status: t(`incidentPanels.tasks.status.${saved.status}`),
        }),
      );
    }
  }

  function toggle(item: ChecklistItem, done: boolean) {
    // The whole list goes along, with ids, so the server keeps each item's identity.
    const checklist = task.checklist.map((entry) => (entry.id === item.id ? { ...entry, done } : entry));
    // Optimistic, with a fresh updatedAt so a slower live event for an earlier change does not undo it.
    void send({ checklist }, { ...task, checklist, updatedAt: new Date().toISOString() });
  }

  const owner = [task.owner.user?.name, task.owner.role?.name].filter(Boolean).join(' · ');

  return (
    <li
      className={`card task${overdue ? ' task--overdue' : ''}${finished ? ' card--muted' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="card__header">
        <h3 id={titleId} className="card__title">
          {task.title}
        </h3>
        <span className="badges">
          {overdue ? (
            <span className="badge task__overdue">
              <Icon name="stopwatch" className="task__overdue-icon" />
              {t('incidentPanels.tasks.overdue')}
            </span>
          ) : null}
          <span className={`badge badge--${STATUS_TONE[task.status]}`}>
            {t(`incidentPanels.tasks.status.${task.status}`)}
          </span>
        </span>
      </div>
      <dl className="facts task__facts">
        <div>
          <dt>{t('incidentPanels.tasks.owner')}</dt>
          <dd>{owner || t('incidentPanels.tasks.noOwner')}</dd>
        </div>
        <div>
          <dt>{t('incidentPanels.tasks.deadline')}</dt>
          <dd className={overdue ? 'task__deadline--overdue' : undefined}>
            {task.deadline ? (
              <time dateTime={task.deadline}>{time.dateTime(task.deadline)}</time>
            ) : (
              t('incidentPanels.tasks.noDeadline')
            )}
          </dd>
        </div>
        {task.checklist.length > 0 ? (
          <div>
            <dt>{t('incidentPanels.tasks.checklist')}</dt>
            <dd>
              {t('incidentPanels.tasks.checklistProgress', { done: doneCount, total: task.checklist.length })}
            </dd>
          </div>
        ) : null}
      </dl>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      <div className="card__actions">
        {canWrite && !finished ? (
          <button
            type="button"
            className="button button--primary button--small"
            aria-busy={pending || undefined}
            onClick={() => void changeStatus('done')}
          >
            {t('incidentPanels.tasks.markDone')}
            <span className="visually-hidden">: {task.title}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {t('incidentPanels.tasks.details')}
          <span className="visually-hidden">: {task.title}</span>
        </button>
      </div>
      <div id={detailsId} className="task__details" hidden={!open}>
        {editing ? (
          <TaskForm
            incidentId={incidentId}
            task={task}
            participants={participants}
            roles={roles}
            onSaved={(saved) => {
              onChanged(saved);
              setEditing(false);
              onAnnounce(t('incidentPanels.tasks.saved', { title: saved.title }));
              requestAnimationFrame(() => editButton.current?.focus());
            }}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <>
            {task.description ? <p className="task__description">{task.description}</p> : null}
            {task.checklist.length > 0 ? (
              <fieldset className="fieldset task__checklist">
                <legend className="field__label">{t('incidentPanels.tasks.checklist')}</legend>
                <ul className="task__checklist-items">
                  {task.checklist.map((item) => (
                    <li key={item.id} className="checkbox">
                      <input
                        id={`task-item-${item.id}`}
                        type="checkbox"
                        checked={item.done}
                        disabled={!canWrite}
                        onChange={(event) => toggle(item, event.target.checked)}
                      />
                      <label htmlFor={`task-item-${item.id}`}>{item.text}</label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : null}
            <p className="task__meta">
              {t('incidentPanels.tasks.createdBy', {
                name: task.createdBy?.name ?? t('incidentPanels.unknownPerson'),
                time: time.dateTime(task.createdAt),
              })}
              {task.completedAt ? (
                <>
                  <br />
                  {t('incidentPanels.tasks.completedBy', {
                    name: task.completedBy?.name ?? t('incidentPanels.unknownPerson'),
                    time: time.dateTime(task.completedAt),
                  })}
                </>
              ) : null}
            </p>
            {canWrite ? (
              <div className="card__actions">
                <button
                  ref={editButton}
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setEditing(true)}
                >
                  {t('incidentPanels.tasks.edit')}
                  <span className="visually-hidden">: {task.title}</span>
                </button>
                {NEXT_STATUSES[task.status].map((next) => (
                  <button
                    key={next}
                    type="button"
                    className="button button--secondary button--small"
                    aria-busy={pending || undefined}
                    onClick={() => void changeStatus(next)}
                  >
                    {t(`incidentPanels.tasks.moveTo.${next}`)}
                    <span className="visually-hidden">: {task.title}</span>
                  </button>
                ))}
              </div>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}
