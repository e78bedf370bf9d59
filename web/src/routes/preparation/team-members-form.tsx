import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTeamMembers } from '../../api/preparation-api';
import type { Team, TeamRole } from '../../api/preparation-types';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice, StatusMessage } from '../../ui/notice';
import { PersonPicker } from './person-picker';
import { useFocusLater } from './use-focus-later';

interface DraftMember {
  userId: string;
  name: string;
  email: string;
  /** Empty: the organisation's default role. */
  roleId: string;
}

function draftOf(team: Team): DraftMember[] {
  return team.members.map(({ userId, name, email, roleId }) => ({ userId, name, email, roleId }));
}

function sameMembers(a: readonly DraftMember[], b: readonly DraftMember[]) {
  return (
    a.length === b.length &&
    a.every((member, index) => member.userId === b[index]?.userId && member.roleId === b[index]?.roleId)
  );
}

/**
 * Who is in the team and in which role. Changes collect here and are saved together (the API
 * replaces the whole list), so a slip is undone before anyone notices.
 */
export function TeamMembersForm({
  team,
  roles,
  onSaved,
}: {
  team: Team;
  roles: readonly TeamRole[];
  onSaved(team: Team): void;
}) {
  const { t } = useTranslation();
  const saved = draftOf(team);
  const [members, setMembers] = useState(saved);
  const [status, setStatus] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const focusLater = useFocusLater();
  const defaultRole = roles.find((role) => role.isDefault);
  const changed = !sameMembers(members, saved);

  const { onSubmit, errors, pending } = useFormSubmit(async () => {
    setStatus(undefined);
    const result = await saveTeamMembers(
      team.id,
      members.map((member) => ({
        userId: member.userId,
        ...(member.roleId ? { roleId: member.roleId } : {}),
      })),
    );
    onSaved(result);
    setMembers(draftOf(result));
    setStatus(t('preparation.teams.membersSaved', { count: result.members.length }));
  });

  const fields: Record<string, { id: string; label: string }> = {};
  members.forEach((member, index) => {
    fields[`members.${index}.roleId`] = { id: `member-role-${member.userId}`, label: member.name };
    fields[`members.${index}.userId`] = { id: `member-role-${member.userId}`, label: member.name };
  });

  function setRole(userId: string, roleId: string) {
    setMembers(members.map((member) => (member.userId === userId ? { ...member, roleId } : member)));
  }

  function remove(index: number) {
    const member = members[index];
    if (!member) return;
    const next = members.filter((_, at) => at !== index);
    setMembers(next);
    setAnnouncement(t('preparation.teams.memberRemoved', { name: member.name }));
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? `member-remove-${neighbour.userId}` : 'team-members-picker-search');
  }

  return (
    <section className="page-section" aria-labelledby="team-members-title">
      <h2 id="team-members-title" tabIndex={-1}>
        {t('preparation.teams.membersTitle', { count: members.length })}
      </h2>
      <StatusMessage message={status} />
      <ErrorSummary errors={errors} fields={fields} />
      <form className="form prep-form-wide" noValidate onSubmit={onSubmit}>
        {members.length === 0 ? <p>{t('preparation.teams.noMembers')}</p> : null}
        {members.length > 0 ? (
          <ul className="prep-member-list">
            {members.map((member, index) => {
              const error =
                errors?.fields[`members.${index}.roleId`] ?? errors?.fields[`members.${index}.userId`];
              return (
                <li key={member.userId} className={error ? 'prep-member field--error' : 'prep-member'}>
                  <span className="prep-member__person">
                    <span className="prep-member__name">{member.name}</span>
                    <span className="prep-member__email">{member.email}</span>
                  </span>
                  {error ? (
                    <p id={`member-error-${member.userId}`} className="field__error prep-member__error">
                      <span className="visually-hidden">{t('form.errorPrefix')} </span>
                      {error}
                    </p>
                  ) : null}
                  <div className="prep-member__role">
                    <label htmlFor={`member-role-${member.userId}`} className="field__label">
                      {t('preparation.teams.role')}
                      <span className="visually-hidden"> {member.name}</span>
                    </label>
                    <select
                      id={`member-role-${member.userId}`}
                      className="field__input field__select"
                      value={member.roleId}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `member-error-${member.userId}` : undefined}
                      onChange={(event) => setRole(member.userId, event.target.value)}
                    >
                      {defaultRole ? null : <option value="">{t('preparation.teams.defaultRole')}</option>}
                      {roles.map((role) => (
                        <option key={role.id} value={role.id}>
                          {role.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    id={`member-remove-${member.userId}`}
                    type="button"
                    className="button button--small button--danger-quiet prep-member__remove"
                    onClick={() => remove(index)}
                  >
                    {t('preparation.teams.removeMember')}
                    <span className="visually-hidden"> {member.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}

        <fieldset className="fieldset prep-picker-box">
          <legend className="field__label prep-picker-box__legend">{t('preparation.teams.addMember')}</legend>
          <PersonPicker
            id="team-members-picker"
            chosen={new Set(members.map((member) => member.userId))}
            onPick={(user) => {
              setMembers([
                ...members,
                { userId: user.id, name: user.name, email: user.email, roleId: defaultRole?.id ?? '' },
              ]);
              setAnnouncement(t('preparation.teams.memberAdded', { name: user.name }));
              focusLater('team-members-picker-search');
            }}
          />
        </fieldset>

        {changed ? (
          <Notice tone="warning">
            <p>{t('preparation.teams.unsaved')}</p>
          </Notice>
        ) : null}
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('preparation.teams.saveMembers')}</SubmitButton>
          {changed ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setMembers(saved);
                setAnnouncement(t('preparation.teams.changesUndone'));
                focusLater('team-members-title');
              }}
            >
              {t('preparation.teams.undoChanges')}
            </button>
          ) : null}
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </form>
    </section>
  );
}
