import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/api-types';
import type { Team, TeamRole } from '../../../api/preparation-types';
import { StatusMessage } from '../../../ui/notice';
import { PersonSearch } from '../person-search';
import {
  countPeople,
  type DraftParticipant,
  groupByTeam,
  participantKey,
  teamParticipants,
  withParticipants,
} from './start-draft';
import { StepHeading } from './step-heading';

interface TeamStepProps {
  participants: DraftParticipant[];
  teams: Team[];
  roles: TeamRole[];
  me: Me;
  focus: boolean;
  onChange(participants: DraftParticipant[]): void;
  onNext(): void;
  onBack(): void;
}

/** Step 3: who works on it. The scenario's teams are there; take people out, change roles, add more. */
export function TeamStep({ participants, teams, roles, me, focus, onChange, onNext, onBack }: TeamStepProps) {
  const { t } = useTranslation();
  const [teamToAdd, setTeamToAdd] = useState('');
  const [status, setStatus] = useState<string>();
  // After a removal, where focus goes: the next person's button, or the list's heading.
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const groups = groupByTeam(participants);
  const teamIds = new Set(participants.map((participant) => participant.teamId));
  const addableTeams = teams.filter((team) => !teamIds.has(team.id));
  const roleOptions = [
    { value: '', label: t('incidentStart.team.noRole') },
    ...roles.map((role) => ({ value: role.id, label: role.name })),
  ];
  const teamLabel = (group: { teamName: string | null }) => group.teamName ?? t('incidentStart.team.direct');

  function remove(participant: DraftParticipant) {
    const key = participantKey(participant);
    const index = participants.findIndex((other) => participantKey(other) === key);
    const group = participants.filter((other) => other.teamId === participant.teamId);
    const position = group.findIndex((other) => participantKey(other) === key);
    const neighbour = group[position + 1] ?? group[position - 1];
    onChange(participants.filter((_, at) => at !== index));
    setStatus(t('incidentStart.team.removed', { name: participant.name }));
    setFocusRequest({ id: neighbour ? `remove-${participantKey(neighbour)}` : 'team-people' });
  }

  function removeTeam(teamId: string | null, name: string) {
    onChange(participants.filter((participant) => participant.teamId !== teamId));
    setStatus(t('incidentStart.team.teamRemoved', { team: name }));
    setFocusRequest({ id: 'team-people' });
  }

  function changeRole(participant: DraftParticipant, roleId: string) {
    const key = participantKey(participant);
    onChange(
      participants.map((other) =>
        participantKey(other) === key ? { ...other, roleId: roleId || null } : other,
      ),
    );
  }

  function addTeam() {
    const team = teams.find((candidate) => candidate.id === teamToAdd);
    if (!team) {
      setFocusRequest({ id: 'add-team' });
      return;
    }
    onChange(withParticipants(participants, teamParticipants(team)));
    setTeamToAdd('');
    setStatus(t('incidentStart.team.teamAdded', { team: team.name, count: team.members.length }));
  }

  return (
    <section className="step" aria-labelledby="step-team">
      <StepHeading id="step-team" number={3} focus={focus}>
        {t('incidentStart.team.title')}
      </StepHeading>
      <p>{t('incidentStart.team.intro', { name: me.name })}</p>
      <StatusMessage message={status} />

      <h3 id="team-people" tabIndex={-1} className="step__subtitle">
        {t('incidentStart.team.people', { count: countPeople(participants) })}
      </h3>
      {groups.length === 0 ? <p>{t('incidentStart.team.nobody')}</p> : null}
      {groups.map((group) => (
        <section key={group.teamId ?? 'direct'} className="team-group" aria-label={teamLabel(group)}>
          <div className="team-group__header">
            <h4 className="team-group__title">
              {teamLabel(group)} <span className="team-group__count">({group.participants.length})</span>
            </h4>
            <button
              type="button"
              className="link-button"
              onClick={() => removeTeam(group.teamId, teamLabel(group))}
            >
              {t('incidentStart.team.removeTeam')}
              <span className="visually-hidden"> {teamLabel(group)}</span>
            </button>
          </div>
          <ul className="people-list">
            {group.participants.map((participant) => {
              const key = participantKey(participant);
              return (
                <li key={key} className="person-row">
                  <span className="person-row__name">{participant.name}</span>
                  <label htmlFor={`role-${key}`} className="visually-hidden">
                    {t('incidentStart.team.roleOf', { name: participant.name, team: teamLabel(group) })}
                  </label>
                  <select
                    id={`role-${key}`}
                    className="field__input field__select person-row__role"
                    value={participant.roleId ?? ''}
                    onChange={(event) => changeRole(participant, event.target.value)}
                  >
                    {roleOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                  <button
                    id={`remove-${key}`}
                    type="button"
                    className="button button--danger-quiet button--small"
                    onClick={() => remove(participant)}
                  >
                    {t('incidentStart.team.remove')}
                    <span className="visually-hidden"> {participant.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}

      {addableTeams.length > 0 ? (
        <div className="add-row">
          <div className="field">
            <label htmlFor="add-team" className="field__label">
              {t('incidentStart.team.addTeam')}
            </label>
            <select
              id="add-team"
              className="field__input field__select"
              value={teamToAdd}
              onChange={(event) => setTeamToAdd(event.target.value)}
            >
              <option value="">{t('incidentStart.team.chooseTeam')}</option>
              {addableTeams.map((team) => (
                <option key={team.id} value={team.id}>
                  {t('incidentStart.team.teamOption', { team: team.name, count: team.members.length })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--secondary" onClick={addTeam}>
            {t('incidentStart.team.addTeamButton')}
          </button>
        </div>
      ) : null}

      <PersonSearch
        id="add-person"
        label={t('incidentStart.team.addPerson')}
        isAdded={(user) => participants.some((participant) => participant.userId === user.id)}
        onAdd={(user) => {
          onChange(
            withParticipants(participants, [
              { userId: user.id, name: user.name, teamId: null, teamName: null, roleId: null },
            ]),
          );
          setStatus(t('incidentStart.team.personAdded', { name: user.name }));
        }}
      />

      <div className="form__actions step__actions">
        <button type="button" className="button button--primary" onClick={onNext}>
          {t('incidentStart.next')}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('incidentStart.back')}
        </button>
      </div>
    </section>
  );
}
