import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRoles, listTeams } from '../../../../api/preparation-api';
import type { Team, TeamRole } from '../../../../api/preparation-types';
import { CheckboxGroup } from '../../../../ui/form/checkbox-group';
import { StatusMessage } from '../../../../ui/notice';
import { PersonSearch } from '../../person-search';

/** Who an alert goes to, as chosen in the form. */
export interface AlertTargetChoice {
  teamIds: string[];
  roleIds: string[];
  onCallRoleIds: string[];
  people: { id: string; name: string }[];
}

export const NO_TARGETS: AlertTargetChoice = { teamIds: [], roleIds: [], onCallRoleIds: [], people: [] };

export function targetCount(choice: AlertTargetChoice): number {
  return choice.teamIds.length + choice.roleIds.length + choice.onCallRoleIds.length + choice.people.length;
}

interface AlertTargetPickerProps {
  /** The id of the part's heading, where the error summary's link leads. */
  headingId: string;
  value: AlertTargetChoice;
  error: string | undefined;
  onChange(value: AlertTargetChoice): void;
}

/**
 * Teams, roles, whoever is on call per role, and people found by name. Outside the form on purpose:
 * Enter in the person search must find people, not send the alert.
 */
export function AlertTargetPicker({ headingId, value, error, onChange }: AlertTargetPickerProps) {
  const { t } = useTranslation();
  const [teams, setTeams] = useState<Team[]>([]);
  const [roles, setRoles] = useState<TeamRole[]>([]);
  const [status, setStatus] = useState<string>();

  // Teams and roles are a help: without them (none prepared, or a hiccup) people can still be found.
  useEffect(() => {
    const controller = new AbortController();
    listTeams(controller.signal)
      .then(setTeams)
      .catch(() => {});
    listRoles(controller.signal)
      .then(setRoles)
      .catch(() => {});
    return () => controller.abort();
  }, []);

  const roleOptions = roles.map((role) => ({ value: role.id, label: role.name }));

  function removePerson(person: { id: string; name: string }) {
    onChange({ ...value, people: value.people.filter((other) => other.id !== person.id) });
    setStatus(t('alerts.form.personRemoved', { name: person.name }));
    document.getElementById('alert-form-person')?.focus();
  }

  return (
    <div className={error ? 'alert-targets field--error' : 'alert-targets'}>
      <h4 id={headingId} tabIndex={-1} className="alert-form__subtitle">
        {t('alerts.form.who')}
      </h4>
      <p className="field__hint">{t('alerts.form.whoHint')}</p>
      {error ? (
        <p className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      {teams.length > 0 ? (
        <CheckboxGroup
          id="alert-form-teams"
          legend={t('alerts.form.teams')}
          options={teams.map((team) => ({
            value: team.id,
            label: t('alerts.form.teamOption', { team: team.name, count: team.members.length }),
          }))}
          values={value.teamIds}
          onValuesChange={(teamIds) => onChange({ ...value, teamIds })}
        />
      ) : null}
      {roles.length > 0 ? (
        <>
          <CheckboxGroup
            id="alert-form-roles"
            legend={t('alerts.form.roles')}
            options={roleOptions}
            values={value.roleIds}
            onValuesChange={(roleIds) => onChange({ ...value, roleIds })}
          />
          <CheckboxGroup
            id="alert-form-on-call"
            legend={t('alerts.form.onCall')}
            hint={t('alerts.form.onCallHint')}
            options={roleOptions}
            values={value.onCallRoleIds}
            onValuesChange={(onCallRoleIds) => onChange({ ...value, onCallRoleIds })}
          />
        </>
      ) : null}
      <PersonSearch
        id="alert-form-person"
        label={t('alerts.form.search')}
        isAdded={(user) => value.people.some((person) => person.id === user.id)}
        onAdd={(user) => {
          onChange({ ...value, people: [...value.people, { id: user.id, name: user.name }] });
          setStatus(t('alerts.form.personAdded', { name: user.name }));
        }}
      />
      <StatusMessage message={status} />
      {value.people.length > 0 ? (
        <ul className="people-list" aria-label={t('alerts.form.chosen')}>
          {value.people.map((person) => (
            <li key={person.id} className="person-row">
              <span className="person-row__name">{person.name}</span>
              <button
                type="button"
                className="button button--danger-quiet button--small"
                onClick={() => removePerson(person)}
              >
                {t('alerts.form.remove')}
                <span className="visually-hidden"> {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
