import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../api/api-client';
import { addParticipant, type Participant } from '../../../../api/incidents-api';
import { listRoles, listTeams } from '../../../../api/preparation-api';
import type { Team, TeamRole } from '../../../../api/preparation-types';
import { SelectField } from '../../../../ui/form/select-field';
import { Notice, StatusMessage } from '../../../../ui/notice';
import { PersonSearch } from '../../person-search';

interface AddParticipantFormProps {
  incidentId: string;
  participants: Participant[];
  onClose(): void;
}

/** Adds people to a running incident: first in which team and role, then who (one tap each). */
export function AddParticipantForm({ incidentId, participants, onClose }: AddParticipantFormProps) {
  const { t } = useTranslation();
  const [teams, setTeams] = useState<Team[]>([]);
  const [roles, setRoles] = useState<TeamRole[]>([]);
  const [teamId, setTeamId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  // The button that opened the form is gone: continue at the form's heading.
  useEffect(() => heading.current?.focus(), []);

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

  async function add(userId: string, name: string) {
    setProblem(undefined);
    try {
      await addParticipant(incidentId, { userId, teamId: teamId || null, roleId: roleId || null });
      setStatus(t('incidentTeam.added', { name }));
    } catch (error) {
      setStatus(undefined);
      setProblem(problemText(error));
    }
  }

  return (
    <section id="add-participant" className="panel add-participant" aria-labelledby="add-participant-title">
      <h3 id="add-participant-title" ref={heading} tabIndex={-1}>
        {t('incidentTeam.addTitle')}
      </h3>
      <div className="form form--compact">
        {teams.length > 0 ? (
          <SelectField
            id="add-participant-team"
            label={t('incidentTeam.inTeam')}
            value={teamId}
            options={[
              { value: '', label: t('incidentTeam.noTeam') },
              ...teams.map((team) => ({ value: team.id, label: team.name })),
            ]}
            onValueChange={setTeamId}
          />
        ) : null}
        {roles.length > 0 ? (
          <SelectField
            id="add-participant-role"
            label={t('incidentTeam.withRole')}
            value={roleId}
            options={[
              { value: '', label: t('incidentStart.team.noRole') },
              ...roles.map((role) => ({ value: role.id, label: role.name })),
            ]}
            onValueChange={setRoleId}
          />
        ) : null}
        <PersonSearch
          id="add-participant-search"
          label={t('incidentTeam.search')}
          isAdded={(user) =>
            participants.some(
              (participant) => participant.user.id === user.id && (participant.teamId ?? '') === teamId,
            )
          }
          onAdd={(user) => void add(user.id, user.name)}
        />
        <StatusMessage message={status} />
        {problem ? (
          <Notice tone="error">
            <p>{problem}</p>
          </Notice>
        ) : null}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('incidentTeam.done')}
          </button>
        </div>
      </div>
    </section>
  );
}
