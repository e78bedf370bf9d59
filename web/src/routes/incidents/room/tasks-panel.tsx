import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/api-client';
import { type Incident, listParticipants, type Participant } from '../../../api/incidents-api';
import { listTasks, type Task } from '../../../api/tasks-api';
import { useIncidentEvent, useLiveLoad } from '../../../features/incidents/incident-events';
import { useSession } from '../../../session/session-context';
import { Notice, StatusMessage } from '../../../ui/notice';
import { TaskCard } from './tasks/task-card';
import { type StateFilter, TaskFilters, type WhoFilter } from './tasks/task-filters';
import { TaskForm } from './tasks/task-form';
import { isFinished, isOverdue, participantsFrom, taskFrom, upsertTask, useNow } from './tasks/task-rules';
import { useOwnerRoles } from './tasks/use-owner-roles';
import './panel-parts.css';
import './tasks-panel.css';

/** The incident's actions: who does what before when, with what stands out when it is late. */
export function TasksPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const canWrite = incident.permissions.canWrite && incident.status === 'active';
  const [tasks, setTasks] = useState<Task[]>();
  const [participants, setParticipants] = useState<Participant[]>([]);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [who, setWho] = useState<WhoFilter>('all');
  const [state, setState] = useState<StateFilter>('open');
  const roles = useOwnerRoles(participants);
  const now = useNow();
  const count = useRef<HTMLParagraphElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [loaded, people] = await Promise.all([
          listTasks(incident.id, signal),
          listParticipants(incident.id, signal).catch(() => undefined),
        ]);
        setTasks(loaded);
        if (people) setParticipants(people);
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [incident.id],
  );

  useLiveLoad(load);

  const apply = useCallback((task: Task) => setTasks((current) => upsertTask(current, task)), []);

  useIncidentEvent(['task.created', 'task.changed'], (payload) => {
    const task = taskFrom(payload);
    if (task) apply(task);
  });
  useIncidentEvent(['participants.changed'], (payload) => {
    const people = participantsFrom(payload);
    if (people) setParticipants(people);
  });

  // A task that leaves the filter ("afgerond" under "open") takes its focused button along: continue at the count.
  useEffect(() => {
    if (status && tasks && document.activeElement === document.body) count.current?.focus();
  }, [status, tasks]);

  const myRoleIds = useMemo(
    () =>
      new Set(
        participants.flatMap((person) =>
          person.user.id === user?.id && person.roleId ? [person.roleId] : [],
        ),
      ),
    [participants, user?.id],
  );

  const shown = (tasks ?? []).filter((task) => {
    const mine =
      task.owner.user?.id === user?.id || (task.owner.role !== null && myRoleIds.has(task.owner.role.id));
    if (who === 'mine' && !mine) return false;
    if (state === 'open') return !isFinished(task);
    if (state === 'done') return isFinished(task);
    return true;
  });
  const overdueCount = shown.filter((task) => isOverdue(task, now)).length;

  return (
    <section className="room-panel tasks" aria-labelledby="tasks-title">
      <div className="room-panel__header">
        <h2 id="tasks-title">{t('incidentPanels.tasks.title')}</h2>
        {canWrite && !creating ? (
          <button
            ref={newButton}
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              setStatus(undefined);
              setCreating(true);
            }}
          >
            {t('incidentPanels.tasks.new')}
          </button>
        ) : null}
      </div>
      {incident.status === 'active' ? null : <p className="room-panel__note">{t('incidentPanels.closed')}</p>}

      {creating ? (
        <div className="card">
          <TaskForm
            incidentId={incident.id}
            participants={participants}
            roles={roles}
            onSaved={(task) => {
              apply(task);
              setCreating(false);
              setStatus(t('incidentPanels.tasks.created', { title: task.title }));
            }}
            onCancel={() => {
              setCreating(false);
              // The button comes back with the next render; give it focus then.
              requestAnimationFrame(() => newButton.current?.focus());
            }}
          />
        </div>
      ) : null}

      <TaskFilters who={who} state={state} onWhoChange={setWho} onStateChange={setState} />
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void load()}
          >
            {t('incidentPanels.retry')}
          </button>
        </Notice>
      ) : null}
      {!tasks && !problem ? <p className="loading">{t('access.loading')}</p> : null}
      {tasks ? (
        <p ref={count} className="tasks__count" tabIndex={-1}>
          {t('incidentPanels.tasks.count', { count: shown.length })}
          {overdueCount > 0 ? (
            <strong className="tasks__count-overdue">
              {' · '}
              {t('incidentPanels.tasks.overdueCount', { count: overdueCount })}
            </strong>
          ) : null}
        </p>
      ) : null}
      {tasks && shown.length === 0 ? (
        <p>{tasks.length === 0 ? t('incidentPanels.tasks.none') : t('incidentPanels.tasks.noneMatch')}</p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="card-list tasks__list">
          {shown.map((task) => (
            <TaskCard
              key={task.id}
              incidentId={incident.id}
              task={task}
              now={now}
              canWrite={canWrite}
              participants={participants}
              roles={roles}
              onChanged={apply}
              onAnnounce={setStatus}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
