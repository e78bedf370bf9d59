import { useTranslation } from 'react-i18next';
import { listIncidentTemplates } from '../../api/preparation-api';
import { Link } from '../../router/link';
import { Notice, StatusMessage } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { useLoaded } from '../admin/use-loaded';
import { BackLink } from './back-link';
import { useFlash } from './flash';
import { ScenarioFacts } from './scenario-facts';
import { NEW_SCENARIO, SCENARIOS_PATH } from './scenario-page';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

export function scenarioPath(id: string): string {
  return `${SCENARIOS_PATH}/${encodeURIComponent(id)}`;
}

/** Prepared scenarios, from which an incident starts in one go. */
export function ScenariosPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const flash = useFlash(SCENARIOS_PATH);
  const scenarios = useLoaded(listIncidentTemplates);

  return (
    <div className="container page">
      <BackLink />
      <PageTitle>{t('preparation.scenarios.title')}</PageTitle>
      <p className="page__intro">
        {canManage ? t('preparation.scenarios.introAdmin') : t('preparation.scenarios.intro')}
      </p>
      {canManage ? (
        <div className="page-actions">
          <Link to={scenarioPath(NEW_SCENARIO)} className="button button--primary">
            {t('preparation.scenarios.add')}
          </Link>
        </div>
      ) : null}
      <StatusMessage message={flash} />
      {scenarios.problem ? (
        <Notice tone="error">
          <p>{scenarios.problem}</p>
        </Notice>
      ) : null}
      {scenarios.data ? (
        <p className="result-count">{t('preparation.scenarios.count', { count: scenarios.data.length })}</p>
      ) : null}
      {scenarios.data && scenarios.data.length === 0 ? <p>{t('preparation.scenarios.none')}</p> : null}
      {!scenarios.data && !scenarios.problem ? <p className="loading">{t('access.loading')}</p> : null}
      {scenarios.data && scenarios.data.length > 0 ? (
        <ul className="card-list card-list--grid">
          {scenarios.data.map((scenario) => (
            <li key={scenario.id} className="card" aria-labelledby={`scenario-${scenario.id}`}>
              <h2 id={`scenario-${scenario.id}`} className="card__title">
                {scenario.title}
              </h2>
              {scenario.description ? <p className="card__note prep-clamp">{scenario.description}</p> : null}
              <ScenarioFacts scenario={scenario} />
              <div className="card__actions">
                <Link to={scenarioPath(scenario.id)} className="button button--secondary button--small">
                  {canManage ? t('preparation.common.edit') : t('preparation.scenarios.view')}
                  <span className="visually-hidden"> {scenario.title}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
