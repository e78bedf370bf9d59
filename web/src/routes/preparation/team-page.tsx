import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { deleteTeam, fetchTeam, listRoles } from '../../api/preparation-api';
import type { Team } from '../../api/preparation-types';
import { navigate, usePathname } from '../../router/router';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { routeParam } from '../routes';
import { BackLink } from './back-link';
import { setFlash, useFlash } from './flash';
import { TeamDetailsForm } from './team-details-form';
import { TeamMembersForm } from './team-members-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

export const TEAM_PATH = '/preparation/teams/:id';
const TEAMS_PATH = '/preparation/teams';

/** One team: its members and their roles; administrators change them, rename or delete the team. */
export function TeamPage() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const teamId = routeParam(TEAM_PATH, pathname, 'id') ?? '';
  const canManage = useCanManage();
  const flash = useFlash(pathname);
  const load = useCallback((signal: AbortSignal) => fetchTeam(teamId, signal), [teamId]);
  const loaded = useLoaded(load);
  const roles = useLoaded(listRoles);
  const [changed, setChanged] = useState<Team>();
  const team = changed?.id === teamId ? changed : loaded.data;
  const [removing, setRemoving] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function remove() {
    if (!team) return;
    setPending(true);
    setProblem(undefined);
    try {
      await deleteTeam(team.id);
      setFlash(TEAMS_PATH, t('preparation.teams.deleted', { name: team.name }));
      navigate(TEAMS_PATH);
    } catch (error) {
      setProblem(problemText(error));
      setRemoving(false);
    } finally {
      setPending(false);
    }
  }

  if (!team) {
    return (
      <div className="container page narrow">
        <BackLink to={TEAMS_PATH} label={t('preparation.teams.title')} />
        {loaded.problem ? (
          <>
            <PageTitle>{t('preparation.teams.notFoundTitle')}</PageTitle>
            <Notice tone="error">
              <p>{loaded.problem}</p>
            </Notice>
          </>
        ) : (
          <p role="status" className="loading">
            {t('access.loading')}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="container page narrow">
      <BackLink to={TEAMS_PATH} label={t('preparation.teams.title')} />
      <PageTitle documentTitle={`${team.name} – ${t('preparation.teams.title')} – ${t('app.name')}`}>
        {team.name}
      </PageTitle>
      <StatusMessage message={flash} />
      {team.description ? <p className="page__intro prep-multiline">{team.description}</p> : null}
      {roles.problem ? (
        <Notice tone="error">
          <p>{roles.problem}</p>
        </Notice>
      ) : null}

      {canManage ? (
        <>
          <TeamMembersForm key={team.id} team={team} roles={roles.data ?? []} onSaved={setChanged} />
          <TeamDetailsForm key={`details-${team.id}`} team={team} onSaved={setChanged} />
          <section className="page-section danger-zone" aria-labelledby="delete-team-title">
            <h2 id="delete-team-title">{t('preparation.teams.deleteTitle')}</h2>
            <p>{t('preparation.teams.deleteText')}</p>
            {problem ? (
              <Notice tone="error">
                <p>{problem}</p>
              </Notice>
            ) : null}
            <button type="button" className="button button--danger" onClick={() => setRemoving(true)}>
              {t('preparation.teams.delete')}
            </button>
          </section>
          <ConfirmDialog
            open={removing}
            title={t('preparation.teams.confirmTitle', { name: team.name })}
            confirmLabel={t('preparation.teams.delete')}
            pending={pending}
            onConfirm={() => void remove()}
            onCancel={() => setRemoving(false)}
          >
            <p>{t('preparation.teams.confirmText', { count: team.members.length })}</p>
          </ConfirmDialog>
        </>
      ) : (
        <section className="page-section" aria-labelledby="team-members-title">
          <h2 id="team-members-title">
            {t('preparation.teams.membersTitle', { count: team.members.length })}
          </h2>
          {team.members.length === 0 ? <p>{t('preparation.teams.noMembers')}</p> : null}
          <ul className="prep-member-list">
            {team.members.map((member) => (
              <li key={member.userId} className="prep-member prep-member--read-only">
                <span className="prep-member__person">
                  <span className="prep-member__name">{member.name}</span>
                  <a className="prep-member__email" href={`mailto:${member.email}`}>
                    {member.email}
                  </a>
                </span>
                <span className="prep-member__role-name">{member.roleName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
