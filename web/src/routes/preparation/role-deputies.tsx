import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from '../../api/preparation-types';
import { listRoleDeputies, saveRoleDeputies } from '../../api/rosters-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { useLoaded } from '../admin/use-loaded';
import { type ChosenPerson, OrderedPeople } from '../rosters/ordered-people';
import { useFocusLater } from './use-focus-later';
import '../rosters/rosters.css';

/**
 * A role's deputies ("plaatsvervangers"): who is alerted, first to last, when nobody holding the
 * role is coming. Everyone sees them on the role's card; admins change them in place.
 */
export function RoleDeputies({ role, canManage }: { role: TeamRole; canManage: boolean }) {
  const { t } = useTranslation();
  const deputies = useLoaded((signal) => listRoleDeputies(role.id, signal));
  const [draft, setDraft] = useState<ChosenPerson[]>();
  const [status, setStatus] = useState<string>();
  const focusLater = useFocusLater();
  const idPrefix = `deputies-${role.id}`;
  const toggleId = `${idPrefix}-toggle`;

  const { onSubmit, errors, pending } = useFormSubmit(async () => {
    const saved = await saveRoleDeputies(
      role.id,
      (draft ?? []).map((person) => person.userId),
    );
    await deputies.reload();
    setDraft(undefined);
    setStatus(t('rosters.deputies.saved', { count: saved.length, role: role.name }));
    focusLater(toggleId);
  });

  const list = deputies.data ?? [];
  return (
    <div className="role-deputies">
      <h3 className="role-deputies__title">{t('rosters.deputies.title')}</h3>
      <StatusMessage message={status} />
      {deputies.problem ? <p className="field__error">{deputies.problem}</p> : null}
      {draft === undefined && deputies.data ? (
        list.length === 0 ? (
          <p className="card__note">{t('rosters.deputies.none')}</p>
        ) : (
          <ol className="roster-members" aria-label={t('rosters.deputies.listLabel', { role: role.name })}>
            {list.map((deputy) => (
              <li key={deputy.userId}>
                {deputy.name}
                {deputy.available ? null : (
                  <span className="badge badge--bad roster-people__badge">{t('rosters.unavailable')}</span>
                )}
              </li>
            ))}
          </ol>
        )
      ) : null}
      {canManage && draft === undefined ? (
        <button
          id={toggleId}
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setStatus(undefined);
            setDraft(list.map(({ userId, name, available }) => ({ userId, name, available })));
            focusLater(`${idPrefix}-people-picker-search`);
          }}
        >
          {t('rosters.deputies.edit')}
          <span className="visually-hidden"> {role.name}</span>
        </button>
      ) : null}
      {canManage && draft !== undefined ? (
        <>
          <ErrorSummary errors={errors} fields={{}} />
          <form className="form form--compact" noValidate onSubmit={onSubmit}>
            <OrderedPeople
              id={`${idPrefix}-people`}
              legend={t('rosters.deputies.legend', { role: role.name })}
              hint={t('rosters.deputies.hint')}
              empty={t('rosters.deputies.none')}
              people={draft}
              onPeopleChange={setDraft}
              errorAt={(index) => errors?.fields[`userIds.${index}`]}
            />
            <div className="form__actions">
              <SubmitButton pending={pending}>{t('rosters.deputies.save')}</SubmitButton>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setDraft(undefined);
                  focusLater(toggleId);
                }}
              >
                {t('form.cancel')}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </div>
  );
}
