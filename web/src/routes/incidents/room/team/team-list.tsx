import { useTranslation } from 'react-i18next';
import { CHOSEN_PRESENCES, type Participant, type Presence } from '../../../../api/incidents-api';
import { useFormatDateTime } from '../../../../ui/format';

const PRESENCE_TONE: Record<Presence, string> = {
  unknown: 'neutral',
  on_the_way: 'accent',
  present: 'good',
  unavailable: 'bad',
  left: 'neutral',
};

/** "4 aanwezig · 2 onderweg · 3 onbekend": how many people of each presence, at a glance. */
export function PresenceSummary({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation();
  // One person in two teams counts once.
  const byPerson = new Map(participants.map((participant) => [participant.user.id, participant.presence]));
  const counts = [...CHOSEN_PRESENCES, 'unknown' as const].flatMap((presence) => {
    const count = [...byPerson.values()].filter((value) => value === presence).length;
    return count > 0 ? [t(`incidentTeam.presenceCount.${presence}`, { count })] : [];
  });
  return (
    <p className="presence-summary">
      {t('incidentTeam.people', { count: byPerson.size })}
      {counts.length > 0 ? `: ${counts.join(' · ')}` : null}
    </p>
  );
}

interface TeamListProps {
  groups: { teamId: string | null; teamName: string | null; participants: Participant[] }[];
  myId: string | undefined;
  canRemove: boolean;
  onRemove(participant: Participant): void;
}

/** The people per team, with their role, job title and presence (and since when). */
export function TeamList({ groups, myId, canRemove, onRemove }: TeamListProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="team-list">
      {groups.map((group) => {
        const name = group.teamName ?? t('incidentStart.team.direct');
        const titleId = `team-group-${group.teamId ?? 'direct'}`;
        return (
          <section key={group.teamId ?? 'direct'} className="team-group" aria-labelledby={titleId}>
            <h3 id={titleId} className="team-group__title">
              {name} <span className="team-group__count">({group.participants.length})</span>
            </h3>
            <ul className="people-list">
              {group.participants.map((participant) => (
                <li key={participant.id} className="participant">
                  <div className="participant__who">
                    <span className="participant__name">
                      {participant.user.name}
                      {participant.user.id === myId ? ` ${t('incidentTeam.you')}` : ''}
                    </span>
                    <span className="participant__detail">
                      {[participant.roleName, participant.jobTitle].filter(Boolean).join(' · ')}
                    </span>
                  </div>
                  <div className="participant__presence">
                    <span className={`badge badge--${PRESENCE_TONE[participant.presence]}`}>
                      {t(`incidentTeam.presence.${participant.presence}`)}
                    </span>
                    {participant.presenceChangedAt ? (
                      <span className="participant__since">
                        {t('incidentTeam.since', { time: formatDateTime(participant.presenceChangedAt) })}
                      </span>
                    ) : null}
                  </div>
                  {canRemove && participant.user.id !== myId ? (
                    <button
                      type="button"
                      className="button button--danger-quiet button--small participant__remove"
                      onClick={() => onRemove(participant)}
                    >
                      {t('incidentTeam.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {participant.user.name} ({name})
                      </span>
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
