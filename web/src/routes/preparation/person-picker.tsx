import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/api-types';
import { useUsers } from '../admin/use-users';

const SHOWN = 20;

interface PersonPickerProps {
  id: string;
  /** People already chosen: shown as such, without an add button. */
  chosen: ReadonlySet<string>;
  onPick(user: UserSummary): void;
}

/**
 * Finds people of the organisation by name, e-mail or job title and adds one with a button.
 * A plain search field with a list of results (no combobox): easy with a keyboard, a screen reader
 * and a phone. Enter in the field does not submit the form around it.
 */
export function PersonPicker({ id, chosen, onPick }: PersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { users, problem } = useUsers(search);
  const countId = useId();
  const query = search.trim();
  // Cancelled accounts cannot be added; deactivated people are shown, but cannot be added anew.
  const found = query && users ? users.filter((user) => user.status !== 'cancelled') : undefined;

  function stayInField(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') event.preventDefault();
  }

  return (
    <div className="prep-picker">
      <label htmlFor={`${id}-search`} className="field__label">
        {t('preparation.picker.search')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('preparation.picker.hint')}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        className="field__input"
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={stayInField}
        aria-describedby={`${id}-hint ${countId}`}
      />
      <p id={countId} className="result-count" role="status">
        {found ? t('preparation.picker.count', { count: found.length }) : null}
      </p>
      {problem ? <p className="field__error">{problem}</p> : null}
      {found && found.length > 0 ? (
        <ul className="prep-picker__results">
          {found.slice(0, SHOWN).map((user) => (
            <li key={user.id} className="prep-picker__result">
              <span className="prep-picker__person">
                <span className="prep-picker__name">{user.name}</span>
                <span className="prep-picker__details">
                  {[user.jobTitle, user.email].filter(Boolean).join(' · ')}
                </span>
              </span>
              {chosen.has(user.id) ? (
                <span className="prep-picker__state">{t('preparation.picker.chosen')}</span>
              ) : user.status === 'deactivated' ? (
                <span className="prep-picker__state">{t('preparation.picker.deactivated')}</span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onPick(user)}
                >
                  {t('preparation.picker.add')}
                  <span className="visually-hidden"> {user.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {found && found.length > SHOWN ? (
        <p className="field__hint">{t('preparation.picker.refine', { count: SHOWN })}</p>
      ) : null}
    </div>
  );
}
