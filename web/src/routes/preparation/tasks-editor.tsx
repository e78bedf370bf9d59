import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedTask } from '../../api/preparation-types';
import type { FormErrors } from '../../ui/form/form-errors';
import { TextField } from '../../ui/form/text-field';
import { focusAfterMove, RowControls } from './row-controls';
import { moved, rowId } from './rows';
import { useFocusLater } from './use-focus-later';

export interface DraftTask {
  row: string;
  title: string;
  checklist: { row: string; text: string }[];
}

export function draftTasks(tasks: readonly PreparedTask[]): DraftTask[] {
  return tasks.map((task) => ({
    row: rowId(),
    title: task.title,
    checklist: task.checklist.map((text) => ({ row: rowId(), text })),
  }));
}

/** The tasks as the API takes them; empty checklist points are left out. */
export function preparedTasks(tasks: readonly DraftTask[]): PreparedTask[] {
  return tasks.map((task) => ({
    title: task.title.trim(),
    checklist: task.checklist.map((item) => item.text.trim()).filter(Boolean),
  }));
}

/** The id of the field an error path points at: `initialTasks.1.title`, `initialTasks.1.checklist.0`. */
export function taskFieldId(idPrefix: string, tasks: readonly DraftTask[], path: string): string | undefined {
  const match = /^initialTasks\.(\d+)\.(title|checklist)(?:\.(\d+))?$/.exec(path);
  if (!match) return undefined;
  const task = tasks[Number(match[1])];
  if (!task) return undefined;
  if (match[2] === 'title') return `${idPrefix}-${task.row}-title`;
  const item = task.checklist[Number(match[3] ?? 0)];
  return item ? `${idPrefix}-${item.row}` : `${idPrefix}-${task.row}-add-item`;
}

interface TasksEditorProps {
  idPrefix: string;
  tasks: DraftTask[];
  onChange(tasks: DraftTask[]): void;
  errors: FormErrors | undefined;
}

/** The tasks an incident from this scenario starts with, in order, each with its checklist. */
export function TasksEditor({ idPrefix, tasks, onChange, errors }: TasksEditorProps) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const [announcement, setAnnouncement] = useState('');
  const count = tasks.length;

  function nameOf(task: DraftTask, index: number) {
    return t('preparation.scenarios.taskName', {
      number: index + 1,
      title: task.title.trim() || t('preparation.scenarios.untitledTask'),
    });
  }

  function update(index: number, changes: Partial<DraftTask>) {
    onChange(tasks.map((task, at) => (at === index ? { ...task, ...changes } : task)));
  }

  return (
    <fieldset className="fieldset prep-repeat" aria-describedby={`${idPrefix}-hint`}>
      <legend className="field__label">
        {t('preparation.scenarios.tasks')}
        <span className="field__optional"> ({t('form.optional')})</span>
      </legend>
      <p id={`${idPrefix}-hint`} className="field__hint">
        {t('preparation.scenarios.tasksHint')}
      </p>
      {count > 0 ? (
        <ol className="prep-repeat__list">
          {tasks.map((task, index) => {
            const id = `${idPrefix}-${task.row}`;
            const name = nameOf(task, index);
            return (
              <li key={task.row} className="prep-repeat__item">
                <fieldset className="fieldset prep-repeat__fieldset">
                  <legend className="prep-repeat__legend">
                    {t('preparation.scenarios.taskNumber', { number: index + 1, total: count })}
                  </legend>
                  <TextField
                    id={`${id}-title`}
                    label={t('preparation.scenarios.taskTitle')}
                    autoComplete="off"
                    maxLength={200}
                    value={task.title}
                    onValueChange={(title) => update(index, { title })}
                    error={errors?.fields[`initialTasks.${index}.title`]}
                  />
                  <div className="prep-checklist">
                    <p className="field__label" id={`${id}-checklist-label`}>
                      {t('preparation.scenarios.checklist')}
                      <span className="field__optional"> ({t('form.optional')})</span>
                    </p>
                    {task.checklist.length > 0 ? (
                      <ol className="prep-checklist__items" aria-labelledby={`${id}-checklist-label`}>
                        {task.checklist.map((item, itemIndex) => {
                          const itemName = t('preparation.scenarios.checklistItem', {
                            number: itemIndex + 1,
                          });
                          const error = errors?.fields[`initialTasks.${index}.checklist.${itemIndex}`];
                          return (
                            <li key={item.row} className="prep-checklist__item">
                              <TextField
                                id={`${idPrefix}-${item.row}`}
                                label={itemName}
                                autoComplete="off"
                                maxLength={500}
                                value={item.text}
                                onValueChange={(text) =>
                                  update(index, {
                                    checklist: task.checklist.map((point) =>
                                      point.row === item.row ? { ...point, text } : point,
                                    ),
                                  })
                                }
                                error={error}
                              />
                              <button
                                type="button"
                                className="button button--small button--danger-quiet prep-checklist__remove"
                                onClick={() => {
                                  const checklist = task.checklist.filter((point) => point.row !== item.row);
                                  update(index, { checklist });
                                  setAnnouncement(
                                    t('preparation.common.removed', { name: `${itemName}, ${name}` }),
                                  );
                                  const neighbour = checklist[itemIndex] ?? checklist[itemIndex - 1];
                                  focusLater(neighbour ? `${idPrefix}-${neighbour.row}` : `${id}-add-item`);
                                }}
                              >
                                {t('preparation.scenarios.removeItem')}
                                <span className="visually-hidden">
                                  {' '}
                                  {itemName}, {name}
                                </span>
                              </button>
                            </li>
                          );
                        })}
                      </ol>
                    ) : null}
                    <button
                      id={`${id}-add-item`}
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        const item = { row: rowId(), text: '' };
                        update(index, { checklist: [...task.checklist, item] });
                        focusLater(`${idPrefix}-${item.row}`);
                      }}
                    >
                      {t('preparation.scenarios.addItem')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </div>
                  <RowControls
                    id={id}
                    index={index}
                    count={count}
                    name={name}
                    removeLabel={t('preparation.scenarios.removeTask')}
                    onMove={(step) => {
                      onChange(moved(tasks, index, step));
                      setAnnouncement(
                        t('preparation.common.movedTo', { name, position: index + step + 1, total: count }),
                      );
                      focusLater(focusAfterMove(id, index, count, step));
                    }}
                    onRemove={() => {
                      const next = tasks.filter((_, at) => at !== index);
                      onChange(next);
                      setAnnouncement(t('preparation.common.removed', { name }));
                      const neighbour = next[index] ?? next[index - 1];
                      focusLater(neighbour ? `${idPrefix}-${neighbour.row}-title` : `${idPrefix}-add-task`);
                    }}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t('preparation.scenarios.noTasks')}</p>
      )}
      <button
        id={`${idPrefix}-add-task`}
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          const task: DraftTask = { row: rowId(), title: '', checklist: [] };
          onChange([...tasks, task]);
          setAnnouncement(t('preparation.scenarios.taskAdded', { number: count + 1 }));
          focusLater(`${idPrefix}-${task.row}-title`);
        }}
      >
        {t('preparation.scenarios.addTask')}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
