import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../api/incidents-api';
import { Link } from '../../router/link';
import { useFormatDateTime } from '../../ui/format';
import { ExerciseBadge, IncidentStatusBadge } from './incident-badges';

/** One incident in the list; the whole card opens its room (the title is the link). */
export function IncidentCard({ incident }: { incident: IncidentSummary }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const titleId = `incident-${incident.id}`;
  return (
    <li className={`card incident-card incident-card--${incident.status}`} aria-labelledby={titleId}>
      <div className="card__header">
        <h2 id={titleId} className="card__title">
          <Link to={`/incidents/${encodeURIComponent(incident.id)}`} className="incident-card__link">
            <span className="incident-card__number">
              {t('incidentList.number', { number: incident.number })}
            </span>{' '}
            {incident.title}
          </Link>
        </h2>
        <span className="badges">
          {incident.isExercise ? <ExerciseBadge /> : null}
          <IncidentStatusBadge status={incident.status} />
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('incidentList.started')}</dt>
          <dd>
            <time dateTime={incident.startedAt}>{formatDateTime(incident.startedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('incidentList.tasks')}</dt>
          <dd>
            {t('incidentList.openTasks', { count: incident.openTaskCount })}
            {incident.overdueTaskCount > 0 ? (
              <>
                {' '}
                <span className="badge badge--bad">
                  {t('incidentList.overdueTasks', { count: incident.overdueTaskCount })}
                </span>
              </>
            ) : null}
          </dd>
        </div>
        {incident.template ? (
          <div>
            <dt>{t('incidentList.scenario')}</dt>
            <dd>{incident.template.title}</dd>
          </div>
        ) : null}
      </dl>
      {incident.labels.length > 0 ? (
        <ul className="tag-list" aria-label={t('incidentList.labels')}>
          {incident.labels.map((label) => (
            <li key={label} className="tag">
              {label}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
