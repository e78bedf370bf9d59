import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/api-types';
import { Notice } from '../../ui/notice';
import { usePersonSearch } from './use-person-search';

interface PersonSearchProps {
  id: string;
  label: string;
  /** Whether this person is already there (their button says so instead of adding again). */
  isAdded(user: UserSummary): boolean;
  onAdd(user: UserSummary): void;
}

/** Finds a person by name, e-mail or job title and adds them with one tap. */
export function PersonSearch({ id, label, isAdded, onAdd }: PersonSearchProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { people, problem } = usePersonSearch(search);
  const countId = useId();
  return (
    <div className="person-search">
      <search className="field">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <input
          id={id}
          type="search"
          className="field__input"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-describedby={countId}
        />
      </search>
      <p id={countId} className="result-count" role="status">
        {people ? t('incidentPeople.found', { count: people.length }) : null}
      </p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {people && people.length > 0 ? (
        <ul className="person-results">
          {people.map((user) => {
            const added = isAdded(user);
            return (
              <li key={user.id} className="person-row">
                <span className="person-row__name">
                  {user.name}
                  <span className="person-row__detail">{user.jobTitle ?? user.email}</span>
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={added || undefined}
                  onClick={() => {
                    if (!added) onAdd(user);
                  }}
                >
                  {added ? t('incidentPeople.added') : t('incidentPeople.add')}
                  <span className="visually-hidden"> {user.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
