import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../api/tasks-api';

/** A checklist line being edited; `key` tells React which input is which, `id` is the server's. */
export interface ChecklistRow {
  key: string;
  id?: string;
  text: string;
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

export function checklistRowsOf(task: Task | undefined): ChecklistRow[] {
  return (task?.checklist ?? []).map((item) => ({ key: item.id, id: item.id, text: item.text }));
}

/** The steps of an action: one field per step, Enter adds the next one, each can be removed. */
export function ChecklistEditor({
  id,
  rows,
  onRowsChange,
}: {
  id: string;
  rows: ChecklistRow[];
  onRowsChange(rows: ChecklistRow[]): void;
}) {
  const { t } = useTranslation();
  const [focusKey, setFocusKey] = useState<string>();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusKey) return;
    list.current?.querySelector<HTMLInputElement>(`[data-row="${focusKey}"]`)?.focus();
    setFocusKey(undefined);
  }, [focusKey]);

  function add(after?: number) {
    const row = { key: newKey(), text: '' };
    const at = after === undefined ? rows.length : after + 1;
    onRowsChange([...rows.slice(0, at), row, ...rows.slice(at)]);
    setFocusKey(row.key);
  }

  function remove(index: number) {
    const next = rows.filter((_, position) => position !== index);
    onRowsChange(next);
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) setFocusKey(neighbour.key);
    else addButton.current?.focus();
  }

  return (
    <fieldset className="fieldset field checklist-editor" id={id}>
      <legend className="field__label">
        {t('incidentPanels.tasks.checklist')}
        <span className="field__optional"> ({t('form.optional')})</span>
      </legend>
      <p className="field__hint">{t('incidentPanels.tasks.form.checklistHint')}</p>
      {rows.length > 0 ? (
        <ol ref={list} className="checklist-editor__rows">
          {rows.map((row, index) => {
            const inputId = `${id}-${row.key}`;
            return (
              <li key={row.key} className="checklist-editor__row">
                <label htmlFor={inputId} className="visually-hidden">
                  {t('incidentPanels.tasks.form.checklistItem', { number: index + 1 })}
                </label>
                <input
                  id={inputId}
                  data-row={row.key}
                  className="field__input"
                  type="text"
                  maxLength={500}
                  autoComplete="off"
                  value={row.text}
                  onChange={(event) =>
                    onRowsChange(
                      rows.map((item) =>
                        item.key === row.key ? { ...item, text: event.target.value } : item,
                      ),
                    )
                  }
                  onKeyDown={(event) => {
                    // Enter starts the next step instead of submitting the whole form.
                    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                      event.preventDefault();
                      add(index);
                    }
                  }}
                />
                <button
                  type="button"
                  className="button button--danger-quiet button--small"
                  onClick={() => remove(index)}
                >
                  {t('incidentPanels.tasks.form.removeItem')}
                  <span className="visually-hidden">
                    {' '}
                    {t('incidentPanels.tasks.form.checklistItem', { number: index + 1 })}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div>
        <button
          ref={addButton}
          type="button"
          className="button button--secondary button--small"
          onClick={() => add()}
        >
          {t('incidentPanels.tasks.form.addItem')}
        </button>
      </div>
    </fieldset>
  );
}
