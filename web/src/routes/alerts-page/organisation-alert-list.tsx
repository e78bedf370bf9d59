import { useTranslation } from 'react-i18next';
import type { AlertSummary } from '../../api/alerts-api';
import { useFormatClock } from '../../features/alerts/use-format-clock';
import { Link } from '../../router/link';

interface OrganisationAlertListProps {
  alerts: readonly AlertSummary[];
  shownId: string | undefined;
  onChoose(id: string): void;
}

/**
 * Every alert of the organisation, newest first: what it was, when, how urgent, for which incident
 * (a link to its room) or on its own, and how many were alerted, are coming and answered.
 */
export function OrganisationAlertList({ alerts, shownId, onChoose }: OrganisationAlertListProps) {
  const { t } = useTranslation();
  return (
    <ul className="organisation-alerts" aria-label={t('alertsPage.listLabel')}>
      {alerts.map((alert) => (
        <AlertLine key={alert.id} alert={alert} shown={alert.id === shownId} onChoose={onChoose} />
      ))}
    </ul>
  );
}

function AlertLine({
  alert,
  shown,
  onChoose,
}: {
  alert: AlertSummary;
  shown: boolean;
  onChoose(id: string): void;
}) {
  const { t } = useTranslation();
  const formatClock = useFormatClock();
  const titleId = `organisation-alert-${alert.id}`;
  const { recipients, coming, noResponse } = alert.counts;
  const answered = recipients - noResponse;
  return (
    <li
      className={shown ? 'organisation-alert organisation-alert--shown' : 'organisation-alert'}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="organisation-alert__title">
        {alert.title}
      </h3>
      <p className="organisation-alert__meta">
        <time dateTime={alert.createdAt}>
          {t('alertsPage.sentAt', { time: formatClock(alert.createdAt) })}
        </time>{' '}
        <span className={alert.urgency === 'crisis' ? 'badge badge--bad' : 'badge badge--neutral'}>
          {t(`alerts.urgency.${alert.urgency}`)}
        </span>{' '}
        {alert.isExercise ? (
          <span className="badge badge--exercise">{t('alertsPage.exerciseBadge')}</span>
        ) : null}{' '}
        {alert.status === 'cancelled' ? (
          <span className="badge badge--neutral">{t('alerts.board.cancelledBadge')}</span>
        ) : null}
      </p>
      <p className="organisation-alert__incident">
        {alert.incidentId ? (
          <Link to={`/incidents/${encodeURIComponent(alert.incidentId)}`}>
            {alert.incidentTitle
              ? t('alertsPage.incident', { title: alert.incidentTitle })
              : t('alertsPage.incidentUnknown')}
          </Link>
        ) : (
          t('alertsPage.standalone')
        )}
      </p>
      <p className="organisation-alert__counts">
        {[
          t('alertsPage.recipients', { count: recipients }),
          t('alertsPage.coming', { count: coming }),
          t('alertsPage.answered', { count: answered }),
        ].join(' · ')}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={shown}
        onClick={() => onChoose(alert.id)}
      >
        {t('alertsPage.show')}
        <span className="visually-hidden">: {alert.title}</span>
      </button>
    </li>
  );
}
