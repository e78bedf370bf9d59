import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../api/incidents-api';
import { LiveConnectionStatus } from '../../../features/incidents/live-connection-status';
import { useFormatDateTime } from '../../../ui/format';
import { Notice } from '../../../ui/notice';
import { PageTitle } from '../../../ui/page-title';
import { IncidentStatusBadge } from '../incident-badges';
import { RoomActions } from './room-actions';

interface RoomHeaderProps {
  incident: Incident;
  onChanged(incident: Incident, message: string): void;
  onDeleted(): void;
}

/** Number, title and status of the incident, "OEFENING" when it is one, and what can be done with it. */
export function RoomHeader({ incident, onChanged, onDeleted }: RoomHeaderProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const number = t('incidentList.number', { number: incident.number });
  const exercise = incident.isExercise ? `${t('incidentRoom.exerciseBanner')} – ` : '';
  const unknown = t('incidentRoom.unknownPerson');
  return (
    <header className="room__header">
      {incident.isExercise ? (
        <p className="exercise-banner">
          <strong>{t('incidentRoom.exerciseBanner')}</strong> {t('incidentRoom.exerciseText')}
        </p>
      ) : null}
      <div className="room__title-row">
        <div className="room__title">
          <p className="room__eyebrow">
            <span>{number}</span> <IncidentStatusBadge status={incident.status} />
          </p>
          <PageTitle documentTitle={`${exercise}${incident.title} – ${number} – ${t('app.name')}`}>
            {incident.title}
          </PageTitle>
        </div>
        <RoomActions incident={incident} onChanged={onChanged} onDeleted={onDeleted} />
      </div>
      <LiveConnectionStatus />
      {incident.status === 'active' ? null : (
        <Notice tone="warning" className="room__closed">
          <p>
            {incident.status === 'archived' && incident.archivedAt
              ? t('incidentRoom.archived', {
                  time: formatDateTime(incident.archivedAt),
                  name: incident.archivedBy?.name ?? unknown,
                })
              : t('incidentRoom.closed', {
                  time: incident.closedAt ? formatDateTime(incident.closedAt) : '',
                  name: incident.closedBy?.name ?? unknown,
                })}{' '}
            {t('incidentRoom.readOnly')}
          </p>
        </Notice>
      )}
      <details className="room-about">
        <summary>{t('incidentRoom.about')}</summary>
        <dl className="facts">
          <div>
            <dt>{t('incidentRoom.startedAt')}</dt>
            <dd>
              <time dateTime={incident.startedAt}>{formatDateTime(incident.startedAt)}</time>
              {' · '}
              {incident.startedBy?.name ?? t('incidentRoom.startedByIntegration')}
            </dd>
          </div>
          {incident.template ? (
            <div>
              <dt>{t('incidentList.scenario')}</dt>
              <dd>{incident.template.title}</dd>
            </div>
          ) : null}
          {incident.description ? (
            <div>
              <dt>{t('incidentRoom.description')}</dt>
              <dd className="preserve-lines">{incident.description}</dd>
            </div>
          ) : null}
          {incident.alertText ? (
            <div>
              <dt>{t('incidentRoom.alertText')}</dt>
              <dd className="preserve-lines">{incident.alertText}</dd>
            </div>
          ) : null}
          {incident.labels.length > 0 ? (
            <div>
              <dt>{t('incidentList.labels')}</dt>
              <dd>{incident.labels.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      </details>
    </header>
  );
}
