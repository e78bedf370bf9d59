import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEventsProvider } from '../../features/incidents/incident-events';
import { PageTitle } from '../../ui/page-title';
import { AlertsOverview } from './alerts-overview';
import '../incidents/incidents.css';
import '../incidents/room/panel-parts.css';
import '../incidents/room/room.css';
import '../incidents/room/alerts/alerts-panel.css';
import './alerts-page.css';

/**
 * "Alarmeringen" (admins): every alert of the organisation, with or without an incident, its live
 * response board, and alerting people without an incident. Live through the `alerts` topic, which
 * carries the boards of alerts on their own and a word on every alert's answers; the board of an
 * incident's alert speaks on that incident's topic, so it is followed too while that board shows.
 */
export function AlertsPage() {
  const { t } = useTranslation();
  const [followedIncident, setFollowedIncident] = useState<string | null>(null);
  const topics = followedIncident ? ['alerts', `incident:${followedIncident}`] : ['alerts'];
  return (
    <div className="container page alerts-page">
      <PageTitle>{t('alertsPage.title')}</PageTitle>
      <p className="page__intro">{t('alertsPage.intro')}</p>
      <LiveEventsProvider topics={topics}>
        <AlertsOverview onFollowIncident={setFollowedIncident} />
      </LiveEventsProvider>
    </div>
  );
}
