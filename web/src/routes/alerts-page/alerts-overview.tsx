import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertSummary } from '../../api/alerts-api';
import { LiveConnectionStatus } from '../../features/incidents/live-connection-status';
import { Notice, StatusMessage } from '../../ui/notice';
import { AlertBoard } from '../incidents/room/alerts/alert-board';
import { AlertForm } from '../incidents/room/alerts/alert-form';
import { OrganisationAlertList } from './organisation-alert-list';
import { useOrganisationAlerts } from './use-organisation-alerts';

interface AlertsOverviewProps {
  /** The incident whose topic carries the shown board's changes (null: an alert on its own). */
  onFollowIncident(incidentId: string | null): void;
}

/** The list, the board of the chosen alert (the newest until one is chosen) and the send form. */
export function AlertsOverview({ onFollowIncident }: AlertsOverviewProps) {
  const { t } = useTranslation();
  const { alerts, problem, upsert, reload } = useOrganisationAlerts();
  const [chosenId, setChosenId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string>();
  // Chosen or just sent: focus goes to that board's heading once it shows, even on a phone far below.
  const [focusBoard, setFocusBoard] = useState(false);
  const sendButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!returnFocus || creating) return;
    sendButton.current?.focus();
    setReturnFocus(false);
  }, [returnFocus, creating]);

  // The newest is shown first and then stays: an alert another admin sends does not swap the board.
  const newest = alerts?.[0]?.id;
  if (chosenId === undefined && newest !== undefined) setChosenId(newest);
  const shown = alerts?.find((alert) => alert.id === chosenId) ?? alerts?.[0];
  const followed = shown?.incidentId ?? null;
  useEffect(() => onFollowIncident(followed), [followed, onFollowIncident]);

  function choose(id: string) {
    setChosenId(id);
    setFocusBoard(true);
  }

  function sent(alert: AlertSummary) {
    upsert(alert);
    setCreating(false);
    setStatus(t('alertsPage.sent', { count: alert.counts.recipients }));
    choose(alert.id);
  }

  return (
    <div className="alerts-page__body">
      <LiveConnectionStatus />
      <div className="alerts-page__actions">
        {creating ? null : (
          <button
            ref={sendButton}
            type="button"
            className="button button--primary"
            aria-controls="alert-form"
            aria-expanded={false}
            onClick={() => {
              setStatus(undefined);
              setCreating(true);
            }}
          >
            {t('alertsPage.send')}
          </button>
        )}
      </div>
      <StatusMessage message={status} />
      {creating ? (
        <AlertForm
          heading={t('alertsPage.formTitle')}
          onSent={sent}
          onClose={() => {
            setCreating(false);
            setReturnFocus(true);
          }}
        />
      ) : null}
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void reload()}
          >
            {t('incidentRoom.retry')}
          </button>
        </Notice>
      ) : null}
      <div className="alerts-page__columns">
        <section className="room-panel alerts-page__list" aria-labelledby="alerts-page-list-title">
          <h2 id="alerts-page-list-title">{t('alertsPage.listTitle')}</h2>
          {alerts === undefined ? (
            problem ? null : (
              <p className="loading">{t('alertsPage.loading')}</p>
            )
          ) : alerts.length === 0 ? (
            <p>{t('alertsPage.none')}</p>
          ) : (
            <OrganisationAlertList alerts={alerts} shownId={shown?.id} onChoose={choose} />
          )}
        </section>
        {shown ? (
          <section className="room-panel alerts-page__board" aria-labelledby="alerts-page-board-title">
            <h2 id="alerts-page-board-title">{t('alertsPage.boardTitle')}</h2>
            <AlertBoard
              key={shown.id}
              alertId={shown.id}
              // The page is the admins' (policies/alerts.canCancelAlert lets admins call off any alert).
              mayCancel
              focusWhenShown={focusBoard}
              onSummary={upsert}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}
