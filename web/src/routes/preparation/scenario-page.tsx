import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import {
  deleteIncidentTemplate,
  fetchIncidentTemplate,
  listLocations,
  listSituationTemplates,
  listTeams,
} from '../../api/preparation-api';
import type { IncidentTemplate } from '../../api/preparation-types';
import { navigate, usePathname } from '../../router/router';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { AccessProblemPage } from '../access-problem-page';
import { useLoaded } from '../admin/use-loaded';
import { routeParam } from '../routes';
import { BackLink } from './back-link';
import { setFlash } from './flash';
import { ScenarioDetails } from './scenario-facts';
import { ScenarioForm } from './scenario-form';
import { useCanManage } from './use-can-manage';
import '../admin/admin-pages.css';
import './preparation-pages.css';

export const SCENARIO_PATH = '/preparation/scenarios/:id';
export const SCENARIOS_PATH = '/preparation/scenarios';
/** The id in the path of the page for a new scenario. */
export const NEW_SCENARIO = 'new';

/** One scenario: administrators create or change it here, members read it. */
export function ScenarioPage() {
  const scenarioId = routeParam(SCENARIO_PATH, usePathname(), 'id') ?? '';
  const canManage = useCanManage();
  const isNew = scenarioId === NEW_SCENARIO;
  if (isNew && !canManage) return <AccessProblemPage problem="forbidden" />;
  return (
    <ScenarioEditor key={scenarioId} scenarioId={isNew ? undefined : scenarioId} canManage={canManage} />
  );
}

function ScenarioEditor({ scenarioId, canManage }: { scenarioId: string | undefined; canManage: boolean }) {
  const { t } = useTranslation();
  const load = useCallback(
    (signal: AbortSignal) =>
      scenarioId ? fetchIncidentTemplate(scenarioId, signal) : Promise.resolve(undefined),
    [scenarioId],
  );
  const scenario = useLoaded(load);
  const teams = useLoaded(listTeams);
  const locations = useLoaded(listLocations);
  const situationTemplates = useLoaded(listSituationTemplates);
  const [removing, setRemoving] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();

  const loadProblem = scenario.problem ?? teams.problem ?? locations.problem ?? situationTemplates.problem;
  const ready =
    (scenarioId === undefined || scenario.data !== undefined) &&
    (!canManage || (teams.data && locations.data && situationTemplates.data));
  const current: IncidentTemplate | undefined = scenario.data;

  function done(message: string) {
    setFlash(SCENARIOS_PATH, message);
    navigate(SCENARIOS_PATH);
  }

  async function remove() {
    if (!current) return;
    setPending(true);
    setProblem(undefined);
    try {
      await deleteIncidentTemplate(current.id);
      done(t('preparation.scenarios.deleted', { name: current.title }));
    } catch (error) {
      setProblem(problemText(error));
      setRemoving(false);
    } finally {
      setPending(false);
    }
  }

  const back = <BackLink to={SCENARIOS_PATH} label={t('preparation.scenarios.title')} />;
  if (!ready) {
    return (
      <div className="container page narrow">
        {back}
        {loadProblem ? (
          <>
            <PageTitle>{t('preparation.scenarios.notFoundTitle')}</PageTitle>
            <Notice tone="error">
              <p>{loadProblem}</p>
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

  const title = current
    ? canManage
      ? t('preparation.scenarios.editTitle', { name: current.title })
      : current.title
    : t('preparation.scenarios.addTitle');
  return (
    <div className="container page narrow">
      {back}
      <PageTitle>{title}</PageTitle>
      {canManage ? (
        <>
          <p className="page__intro">{t('preparation.scenarios.formIntro')}</p>
          <ScenarioForm
            scenario={current}
            teams={teams.data ?? []}
            locations={locations.data ?? []}
            situationTemplates={situationTemplates.data ?? []}
            onSaved={(saved) =>
              done(
                t(current ? 'preparation.scenarios.saved' : 'preparation.scenarios.added', {
                  name: saved.title,
                }),
              )
            }
            onCancel={() => navigate(SCENARIOS_PATH)}
          />
        </>
      ) : current ? (
        <ScenarioDetails scenario={current} />
      ) : null}

      {canManage && current ? (
        <section className="page-section danger-zone" aria-labelledby="delete-scenario-title">
          <h2 id="delete-scenario-title">{t('preparation.scenarios.deleteTitle')}</h2>
          <p>{t('preparation.scenarios.deleteText')}</p>
          {problem ? (
            <Notice tone="error">
              <p>{problem}</p>
            </Notice>
          ) : null}
          <button type="button" className="button button--danger" onClick={() => setRemoving(true)}>
            {t('preparation.scenarios.delete')}
          </button>
          <ConfirmDialog
            open={removing}
            title={t('preparation.scenarios.confirmTitle', { name: current.title })}
            confirmLabel={t('preparation.scenarios.delete')}
            pending={pending}
            onConfirm={() => void remove()}
            onCancel={() => setRemoving(false)}
          >
            <p>{t('preparation.scenarios.confirmText')}</p>
          </ConfirmDialog>
        </section>
      ) : null}
    </div>
  );
}
