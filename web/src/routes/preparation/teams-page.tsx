import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTeams, listTeamTemplates } from '../../api/preparation-api';
import { Link } from '../../router/link';
import { navigate } from '../../router/router';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { CreateTeamForm } from './create-team-form';
import { setFlash, useFlash } from './flash';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

const TEAMS_PATH = '/preparation/teams';

export function teamPath(id: string): string {
  return `${TEAMS_PATH}/${encodeURIComponent(id)}`;
}

/** The organisation's standing crisis teams, each with its members and their roles. */
export function TeamsPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const flash = useFlash(TEAMS_PATH);
  const teams = useLoaded(listTeams);
  const templates = useLoaded(listTeamTemplates);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.teams.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.teams.introAdmin') : t('preparation.teams.intro')}
      </p>

      {canManage ? (
        <div className="page-actions prep-actions">
          <button
            ref={addButton}
            type="button"
            className="button button--primary"
            aria-expanded={adding}
            aria-controls="new-team"
            onClick={() => setAdding(!adding)}
          >
            {t('preparation.teams.add')}
          </button>
          <Link to="/preparation/team-templates" className="button button--secondary">
            {t('preparation.teams.manageTemplates')}
          </Link>
        </div>
      ) : null}
      {canManage && adding ? (
        <section id="new-team" className="panel" aria-labelledby="new-team-title">
          <h2 id="new-team-title">{t('preparation.teams.addTitle')}</h2>
          <p>{t('preparation.teams.addIntro')}</p>
          <CreateTeamForm
            templates={templates.data ?? []}
            onCreated={(team) => {
              const path = teamPath(team.id);
              setFlash(path, t('preparation.teams.created', { name: team.name }));
              navigate(path);
            }}
            onCancel={() => {
              setAdding(false);
              addButton.current?.focus();
            }}
          />
        </section>
      ) : null}

      <StatusMessage message={flash} />
      {teams.problem ? (
        <Notice tone="error">
          <p>{teams.problem}</p>
        </Notice>
      ) : null}
      {teams.data ? (
        <p className="result-count">{t('preparation.teams.count', { count: teams.data.length })}</p>
      ) : null}
      {teams.data && teams.data.length === 0 ? <p>{t('preparation.teams.none')}</p> : null}
      {!teams.data && !teams.problem ? <p className="loading">{t('access.loading')}</p> : null}
      {teams.data && teams.data.length > 0 ? (
        <ul className="card-list card-list--grid">
          {teams.data.map((team) => (
            <li key={team.id} className="card" aria-labelledby={`team-${team.id}`}>
              <div className="card__header">
                <h2 id={`team-${team.id}`} className="card__title">
                  {team.name}
                </h2>
                <span className="badge badge--neutral">
                  {t('preparation.teams.memberCount', { count: team.members.length })}
                </span>
              </div>
              {team.description ? <p className="card__note">{team.description}</p> : null}
              {team.members.length > 0 ? (
                <ul className="prep-member-summary">
                  {team.members.map((member) => (
                    <li key={member.userId}>
                      {member.name} <span className="prep-member-summary__role">({member.roleName})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              <div className="card__actions">
                <Link to={teamPath(team.id)} className="button button--secondary button--small">
                  {canManage ? t('preparation.teams.manage') : t('preparation.teams.view')}
                  <span className="visually-hidden"> {team.name}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
