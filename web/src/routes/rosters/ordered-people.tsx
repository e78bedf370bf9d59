import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../preparation/person-picker';
import { focusAfterMove, RowControls } from '../preparation/row-controls';
import { useFocusLater } from '../preparation/use-focus-later';
import './rosters.css';

export interface ChosenPerson {
  userId: string;
  name: string;
  /** false: deactivated or not to be alerted; passed over until that changes. */
  available: boolean;
}

interface OrderedPeopleProps {
  /** Prefix of element ids, unique on the page. */
  id: string;
  legend: string;
  hint: string;
  empty: string;
  people: readonly ChosenPerson[];
  onPeopleChange(people: ChosenPerson[]): void;
  /** The server's message for the person at this place in the list, if any. */
  errorAt?(index: number): string | undefined;
}

/**
 * A list of people in an order that matters (whose turn comes first, who is called first): add
 * with the person picker, move up or down, take out. Each step is announced and keeps focus on a
 * sensible control, so it works with a keyboard and a screen reader alone.
 */
export function OrderedPeople({
  id,
  legend,
  hint,
  empty,
  people,
  onPeopleChange,
  errorAt,
}: OrderedPeopleProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusLater = useFocusLater();
  const rowId = (index: number) => `${id}-row-${index}`;

  function move(index: number, step: -1 | 1) {
    const person = people[index];
    const target = index + step;
    if (!person || target < 0 || target >= people.length) return;
    const next = [...people];
    next.splice(index, 1);
    next.splice(target, 0, person);
    onPeopleChange(next);
    setAnnouncement(
      t('preparation.common.movedTo', { name: person.name, position: target + 1, total: people.length }),
    );
    focusLater(focusAfterMove(rowId(target), index, people.length, step));
  }

  function remove(index: number) {
    const person = people[index];
    if (!person) return;
    const next = people.filter((_, at) => at !== index);
    onPeopleChange(next);
    setAnnouncement(t('preparation.common.removed', { name: person.name }));
    focusLater(next.length > 0 ? `${rowId(Math.min(index, next.length - 1))}-remove` : `${id}-picker-search`);
  }

  return (
    <fieldset className="fieldset roster-people">
      <legend className="field__label">{legend}</legend>
      <p className="field__hint">{hint}</p>
      {people.length === 0 ? <p>{empty}</p> : null}
      {people.length > 0 ? (
        <ol className="roster-people__list">
          {people.map((person, index) => {
            const error = errorAt?.(index);
            return (
              <li
                key={person.userId}
                id={rowId(index)}
                className={error ? 'roster-people__item field--error' : 'roster-people__item'}
              >
                <span className="roster-people__name">
                  <span className="roster-people__position">{index + 1}.</span> {person.name}
                  {person.available ? null : (
                    <span className="badge badge--bad roster-people__badge">{t('rosters.unavailable')}</span>
                  )}
                </span>
                {error ? (
                  <p className="field__error">
                    <span className="visually-hidden">{t('form.errorPrefix')} </span>
                    {error}
                  </p>
                ) : null}
                <RowControls
                  id={rowId(index)}
                  index={index}
                  count={people.length}
                  name={person.name}
                  removeLabel={t('rosters.people.remove')}
                  onMove={(step) => move(index, step)}
                  onRemove={() => remove(index)}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="prep-picker-box">
        <PersonPicker
          id={`${id}-picker`}
          chosen={new Set(people.map((person) => person.userId))}
          onPick={(user) => {
            onPeopleChange([...people, { userId: user.id, name: user.name, available: true }]);
            setAnnouncement(t('rosters.people.added', { name: user.name, position: people.length + 1 }));
            focusLater(`${id}-picker-search`);
          }}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
