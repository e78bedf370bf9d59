import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { type IncidentStatus, type IncidentSummary, listIncidents } from '../../api/incidents-api';
import { useIncidentListUpdates } from '../../features/incidents/use-incident-list-updates';
import { Link } from '../../router/link';
import { navigate, useSearchParam } from '../../router/router';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { IncidentCard } from './incident-card';
import './incidents.css';
import './room/panel-parts.css';

type Filter = IncidentStatus | 'all';
const FILTERS: readonly Filter[] = ['active', 'closed', 'archived', 'all'];

function isFilter(value: string | undefined): value is Filter {
  return FILTERS.some((filter) => filter === value);
}

/** Active ones first, then the most recently started. */
function activeFirst(incidents: IncidentSummary[]): IncidentSummary[] {
  return [...incidents].sort(
    (a, b) =>
      Number(b.status === 'active') - Number(a.status === 'active') || b.startedAt.localeCompare(a.startedAt),
  );
}

/** The incidents the user may see, live: a start or change elsewhere shows up by itself. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const requested = useSearchParam('status');
  const filter: Filter = isFilter(requested) ? requested : 'active';
  const [incidents, setIncidents] = useState<IncidentSummary[]>();
  const [problem, setProblem] = useState<string>();
  const controller = useRef<AbortController>(undefined);

  const load = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      setIncidents(activeFirst(await listIncidents(filter, current.signal)));
      setProblem(undefined);
    } catch (error) {
      if (current.signal.aborted) return;
      setProblem(problemText(error));
    }
  }, [filter]);

  useEffect(() => {
    setIncidents(undefined);
    void load();
  }, [load]);
  useEffect(() => () => controller.current?.abort(), []);
  useIncidentListUpdates(() => void load());

  function choose(next: Filter) {
    navigate(next === 'active' ? '/incidents' : `/incidents?status=${next}`, { replace: true });
  }

  return (
    <div className="container page">
      <PageTitle>{t('incidentList.title')}</PageTitle>
      <div className="page-actions">
        <Link to="/incidents/new" className="button button--primary button--large start-button">
          {t('incidentList.start')}
        </Link>
      </div>

      <fieldset className="segmented">
        <legend className="segmented__legend">{t('incidentList.filter')}</legend>
        <div className="segmented__options">
          {FILTERS.map((value) => (
            <div key={value} className="segmented__option">
              <input
                id={`incident-filter-${value}`}
                type="radio"
                name="incident-filter"
                value={value}
                checked={filter === value}
                onChange={() => choose(value)}
              />
              <label htmlFor={`incident-filter-${value}`}>{t(`incidentList.filters.${value}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <p className="result-count" role="status">
        {incidents ? t('incidentList.count', { count: incidents.length }) : null}
      </p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {incidents ? (
        incidents.length === 0 ? (
          <p>{t(`incidentList.none.${filter}`)}</p>
        ) : (
          <ul className="card-list incident-list">
            {incidents.map((incident) => (
              <IncidentCard key={incident.id} incident={incident} />
            ))}
          </ul>
        )
      ) : problem ? null : (
        <p className="loading">{t('access.loading')}</p>
      )}
    </div>
  );
}
