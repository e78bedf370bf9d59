import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../ui/notice';
import { useFocusLater } from './use-focus-later';

/** What a form in the list gets: the item to change (none: a new one), and what to do afterwards. */
export interface ItemFormProps<T> {
  idPrefix: string;
  item?: T;
  onSaved(message: string): void;
  onCancel(): void;
}

/** For extra buttons on a card (make default, move up): runs a change, then says how it went. */
export type RunAction = (change: () => Promise<string>, focusId?: string) => Promise<void>;

interface EditableListProps<T extends { id: string }> {
  /** Prefix for element ids, unique on the page. */
  id: string;
  items: readonly T[] | undefined;
  problem: string | undefined;
  reload(): Promise<void>;
  canManage: boolean;
  /** The heading level of the cards and forms: h2 on a page of one list, h3 in a page section. */
  level: 'h2' | 'h3';
  nameOf(item: T): string;
  text: {
    add: string;
    addTitle: string;
    editTitle(name: string): string;
    empty: string;
    count(count: number): string;
    deleted(name: string): string;
    confirmTitle(name: string): string;
    confirmText(item: T): string;
  };
  badges?(item: T): ReactNode;
  details(item: T): ReactNode;
  actions?(item: T, run: RunAction): ReactNode;
  form(props: ItemFormProps<T>): ReactNode;
  remove(item: T): Promise<unknown>;
  /** Why an item cannot be deleted (shown instead of the button), or undefined when it can. */
  keep?(item: T): string | undefined;
}

/**
 * Cards of prepared things with, for administrators, a form to add one, a form in place to change
 * one and a confirmed delete. Focus goes back to the button that started each step.
 */
export function EditableList<T extends { id: string }>(props: EditableListProps<T>) {
  const { t } = useTranslation();
  const { id, items, canManage, text, nameOf } = props;
  const Heading = props.level;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [removing, setRemoving] = useState<T>();
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<string>();
  const [actionProblem, setActionProblem] = useState<string>();
  // Focus moves after the list has rendered the new state (a form opened, a card back in place).
  const setFocusId = useFocusLater();
  const addButton = useRef<HTMLButtonElement>(null);

  function startStep() {
    setStatus(undefined);
    setActionProblem(undefined);
  }

  const run: RunAction = async (change, focusAfter) => {
    startStep();
    try {
      const message = await change();
      await props.reload();
      setStatus(message);
    } catch (error) {
      setActionProblem(problemText(error));
    }
    if (focusAfter) setFocusId(focusAfter);
  };

  async function confirmRemove() {
    if (!removing) return;
    const item = removing;
    setPending(true);
    setActionProblem(undefined);
    try {
      await props.remove(item);
      await props.reload();
      setStatus(text.deleted(nameOf(item)));
      // After the dialog has closed: the modal dialog keeps focus inside while it is open.
      setFocusId(`${id}-add-button`);
    } catch (error) {
      setActionProblem(problemText(error));
    } finally {
      setPending(false);
      setRemoving(undefined);
    }
  }

  return (
    <>
      {canManage ? (
        <div className="page-actions">
          <button
            ref={addButton}
            id={`${id}-add-button`}
            type="button"
            className="button button--primary"
            aria-expanded={adding}
            aria-controls={`${id}-add`}
            onClick={() => {
              startStep();
              setAdding(!adding);
            }}
          >
            {text.add}
          </button>
        </div>
      ) : null}
      {canManage && adding ? (
        <section id={`${id}-add`} className="panel" aria-labelledby={`${id}-add-title`}>
          <Heading id={`${id}-add-title`}>{text.addTitle}</Heading>
          {props.form({
            idPrefix: `${id}-new`,
            onSaved: async (message) => {
              await props.reload();
              setAdding(false);
              setStatus(message);
              addButton.current?.focus();
            },
            onCancel: () => {
              setAdding(false);
              addButton.current?.focus();
            },
          })}
        </section>
      ) : null}

      <StatusMessage message={status} />
      {actionProblem ? (
        <Notice tone="error">
          <p>{actionProblem}</p>
        </Notice>
      ) : null}
      {props.problem ? (
        <Notice tone="error">
          <p>{props.problem}</p>
        </Notice>
      ) : null}
      {items ? <p className="result-count">{text.count(items.length)}</p> : null}
      {items && items.length === 0 ? <p>{text.empty}</p> : null}
      {!items && !props.problem ? <p className="loading">{t('access.loading')}</p> : null}
      {items && items.length > 0 ? (
        <ul className="card-list card-list--grid">
          {items.map((item) => {
            const titleId = `${id}-${item.id}`;
            const editId = `${id}-edit-${item.id}`;
            if (canManage && editing === item.id) {
              return (
                <li
                  key={item.id}
                  id={`${id}-form-${item.id}`}
                  className="card prep-editing"
                  aria-labelledby={titleId}
                >
                  <Heading id={titleId} className="card__title">
                    {text.editTitle(nameOf(item))}
                  </Heading>
                  {props.form({
                    idPrefix: `${id}-${item.id}`,
                    item,
                    onSaved: async (message) => {
                      await props.reload();
                      setEditing(undefined);
                      setStatus(message);
                      setFocusId(editId);
                    },
                    onCancel: () => {
                      setEditing(undefined);
                      setFocusId(editId);
                    },
                  })}
                </li>
              );
            }
            return (
              <li key={item.id} className="card" aria-labelledby={titleId}>
                <div className="card__header">
                  <Heading id={titleId} className="card__title">
                    {nameOf(item)}
                  </Heading>
                  {props.badges ? <span className="badges">{props.badges(item)}</span> : null}
                </div>
                {props.details(item)}
                {canManage ? (
                  <div className="card__actions">
                    <button
                      id={editId}
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        startStep();
                        setAdding(false);
                        setEditing(item.id);
                        setFocusId(`${id}-form-${item.id}`);
                      }}
                    >
                      {t('preparation.common.edit')}
                      <span className="visually-hidden"> {nameOf(item)}</span>
                    </button>
                    {props.actions?.(item, run)}
                    {props.keep?.(item) ? null : (
                      <button
                        type="button"
                        className="button button--small button--danger-quiet"
                        onClick={() => {
                          startStep();
                          setRemoving(item);
                        }}
                      >
                        {t('preparation.common.delete')}
                        <span className="visually-hidden"> {nameOf(item)}</span>
                      </button>
                    )}
                  </div>
                ) : null}
                {canManage && props.keep?.(item) ? <p className="card__note">{props.keep(item)}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}

      <ConfirmDialog
        open={removing !== undefined}
        title={removing ? text.confirmTitle(nameOf(removing)) : ''}
        confirmLabel={t('preparation.common.delete')}
        pending={pending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(undefined)}
      >
        <p>{removing ? text.confirmText(removing) : null}</p>
      </ConfirmDialog>
    </>
  );
}
