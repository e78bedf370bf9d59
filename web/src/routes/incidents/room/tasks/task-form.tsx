import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../api/incidents-api';
import { changeTask, createTask, type Task, type TaskChanges } from '../../../../api/tasks-api';
import { ErrorSummary } from '../../../../ui/form/error-summary';
import { FieldFrame } from '../../../../ui/form/field-frame';
import { SubmitButton } from '../../../../ui/form/submit-button';
import { TextField } from '../../../../ui/form/text-field';
import { useFormSubmit } from '../../../../ui/form/use-form-submit';
import { ChecklistEditor, type ChecklistRow, checklistRowsOf } from './checklist-editor';
import type { OwnerRole } from './use-owner-roles';
import { useZonedTime } from './zoned-time';

interface TaskFormProps {
  incidentId: string;
  /** The task to change; without it the form creates one. */
  task?: Task;
  participants: Participant[];
  roles: OwnerRole[];
  onSaved(task: Task): void;
  onCancel(): void;
}

/** The owner as one select value: `user:<id>`, `role:<id>` or '' for nobody yet. */
function ownerValueOf(task: Task | undefined): string {
  if (task?.owner.user) return `user:${task.owner.user.id}`;
  if (task?.owner.role) return `role:${task.owner.role.id}`;
  return '';
}

function ownerFields(value: string): { ownerUserId: string | null; ownerRoleId: string | null } {
  const [kind, id = ''] = value.split(':');
  return { ownerUserId: kind === 'user' ? id : null, ownerRoleId: kind === 'role' ? id : null };
}

/** Creates an action or changes one: title, explanation, owner (person or role), deadline and checklist. */
export function TaskForm({ incidentId, task, participants, roles, onSaved, onCancel }: TaskFormProps) {
  const { t } = useTranslation();
  const time = useZonedTime();
  const prefix = useId().replace(/:/g, '');
  const ids = {
    title: `${prefix}-title`,
    description: `${prefix}-description`,
    owner: `${prefix}-owner`,
    deadline: `${prefix}-deadline`,
    checklist: `${prefix}-checklist`,
  };
  const [title, setTitle] = useState(task?.title ?? '');
  const [description, setDescription] = useState(task?.description ?? '');
  const [owner, setOwner] = useState(ownerValueOf(task));
  const [deadline, setDeadline] = useState(task?.deadline ? time.inputValue(task.deadline) : '');
  const [checklist, setChecklist] = useState<ChecklistRow[]>(() => checklistRowsOf(task));

  // The form opens on a button press: continue in its first field.
  useEffect(() => {
    document.getElementById(ids.title)?.focus();
  }, [ids.title]);

  const people = [...new Map(participants.map((person) => [person.user.id, person.user])).values()].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  // The current owner stays choosable even when they left the incident or the role is gone.
  const missingOwner =
    task?.owner.user && !people.some((person) => person.id === task.owner.user?.id)
      ? task.owner.user
      : undefined;
  const missingRole =
    task?.owner.role && !task.owner.user && !roles.some((role) => role.id === task.owner.role?.id)
      ? task.owner.role
      : undefined;

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const deadlineIso = deadline ? (time.fromInputValue(deadline) ?? null) : null;
      const items = checklist.filter((row) => row.text.trim());
      if (!task) {
        const { ownerUserId, ownerRoleId } = ownerFields(owner);
        onSaved(
          await createTask(incidentId, {
            title: title.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
            ...(ownerUserId ? { ownerUserId } : {}),
            ...(ownerRoleId ? { ownerRoleId } : {}),
            ...(deadlineIso ? { deadline: deadlineIso } : {}),
            ...(items.length > 0 ? { checklist: items.map((row) => row.text.trim()) } : {}),
          }),
        );
        return;
      }
      const changes: TaskChanges = {};
      if (title.trim() !== task.title) changes.title = title.trim();
      if (description.trim() !== task.description) changes.description = description.trim();
      if (owner !== ownerValueOf(task)) Object.assign(changes, ownerFields(owner));
      const before = task.deadline ? time.inputValue(task.deadline) : '';
      if (deadline !== before) changes.deadline = deadlineIso;
      changes.checklist = items.map((row) => ({
        ...(row.id ? { id: row.id } : {}),
        text: row.text.trim(),
        // Ticks made by others while this form was open count, not the ones it was opened with.
        done: task.checklist.find((item) => item.id === row.id)?.done ?? false,
      }));
      onSaved(await changeTask(incidentId, task.id, changes));
    },
    {
      check: () => ({
        title: !title.trim() && t('incidentPanels.tasks.form.titleMissing'),
        deadline:
          deadline !== '' && !time.fromInputValue(deadline) && t('incidentPanels.tasks.form.deadlineInvalid'),
      }),
      fieldText: (path) =>
        path === 'title'
          ? t('incidentPanels.tasks.form.titleMissing')
          : path === 'deadline'
            ? t('incidentPanels.tasks.form.deadlineInvalid')
            : undefined,
    },
  );

  const heading = task
    ? t('incidentPanels.tasks.form.editTitle')
    : t('incidentPanels.tasks.form.createTitle');
  const headingId = `${prefix}-heading`;
  return (
    <form className="form form--compact task-form" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <ErrorSummary
        errors={errors}
        fields={{
          title: { id: ids.title, label: t('incidentPanels.tasks.form.title') },
          description: { id: ids.description, label: t('incidentPanels.tasks.form.description') },
          deadline: { id: ids.deadline, label: t('incidentPanels.tasks.form.deadline') },
        }}
      />
      <TextField
        id={ids.title}
        name="title"
        label={t('incidentPanels.tasks.form.title')}
        maxLength={200}
        autoComplete="off"
        value={title}
        onValueChange={setTitle}
        error={errors?.fields.title}
      />
      <FieldFrame
        id={ids.description}
        label={t('incidentPanels.tasks.form.description')}
        optional
        error={errors?.fields.description}
      >
        {(control) => (
          <textarea
            className="field__input room-textarea"
            rows={3}
            {...control}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </FieldFrame>
      <FieldFrame
        id={ids.owner}
        label={t('incidentPanels.tasks.form.owner')}
        hint={t('incidentPanels.tasks.form.ownerHint')}
        optional
      >
        {(control) => (
          <select
            className="field__input field__select"
            {...control}
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
          >
            <option value="">{t('incidentPanels.tasks.noOwner')}</option>
            {people.length > 0 || missingOwner ? (
              <optgroup label={t('incidentPanels.tasks.form.people')}>
                {missingOwner ? <option value={`user:${missingOwner.id}`}>{missingOwner.name}</option> : null}
                {people.map((person) => (
                  <option key={person.id} value={`user:${person.id}`}>
                    {person.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {roles.length > 0 || missingRole ? (
              <optgroup label={t('incidentPanels.tasks.form.roles')}>
                {missingRole ? <option value={`role:${missingRole.id}`}>{missingRole.name}</option> : null}
                {roles.map((role) => (
                  <option key={role.id} value={`role:${role.id}`}>
                    {role.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </FieldFrame>
      <TextField
        id={ids.deadline}
        name="deadline"
        type="datetime-local"
        label={t('incidentPanels.tasks.form.deadline')}
        hint={t('incidentPanels.tasks.form.deadlineHint', { timeZone: time.timeZone })}
        optional
        value={deadline}
        onValueChange={setDeadline}
        error={errors?.fields.deadline}
      />
      <ChecklistEditor id={ids.checklist} rows={checklist} onRowsChange={setChecklist} />
      <div className="form__actions">
        <SubmitButton pending={pending}>
          {task ? t('incidentPanels.tasks.form.save') : t('incidentPanels.tasks.form.create')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
