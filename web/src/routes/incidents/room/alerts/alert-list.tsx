import { useTranslation } from 'react-i18next';
import type { AlertSummary } from '../../../../api/alerts-api';
import { useFormatClock } from '../../../../features/alerts/use-format-clock';

interface AlertListProps {
  alerts: AlertSummary[];
  shownId: string | undefined;
  onChoose(id: string): void;
}

/** The incident's alerts, newest first; the one whose board is shown is pressed. */
export function AlertList({ alerts, shownId, onChoose }: AlertListProps) {
  const { t } = useTranslation();
  const formatClock = useFormatClock();
  return (
    <ul className="alert-list" aria-label={t('alerts.board.listLabel')}>
      {alerts.map((alert) => (
        <li key={alert.id}>
          <button
            type="button"
            className="alert-list__item"
            aria-pressed={alert.id === shownId}
            onClick={() => onChoose(alert.id)}
          >
            <span className="alert-list__title">{alert.title}</span>
            <span className="alert-list__meta">
              {t('alerts.board.sentAt', { time: formatClock(alert.createdAt) })} ·{' '}
              {t('alerts.board.answeredOf', {
                answered: alert.counts.recipients - alert.counts.noResponse,
                total: alert.counts.recipients,
              })}
              {alert.isExercise ? ` · ${t('incidentList.exercise')}` : ''}
              {alert.status === 'cancelled' ? ` · ${t('alerts.board.cancelledBadge')}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
