import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertSummary, listIncidentAlerts } from '../../../../api/alerts-api';
import { problemText } from '../../../../api/api-client';
import type { Incident } from '../../../../api/incidents-api';
import { useIncidentEvent, useLiveLoad } from '../../../../features/incidents/incident-events';
import { Notice, StatusMessage } from '../../../../ui/notice';
import { AlertBoard } from './alert-board';
import { AlertForm } from './alert-form';
import { AlertList } from './alert-list';
import { alertSummaryFrom, upsertSummary } from './board-rules';
import './alerts-panel.css';

/** "Alarmering": who was alerted for this incident and who is coming, live; alert more people. */
export function AlertsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const [alerts, setAlerts] = useState<AlertSummary[]>();
  const [chosenId, setChosenId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  // The form closed (sent or cancelled): its button is back, and focus goes there once it is.
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!returnFocus || creating) return;
    newButton.current?.focus();
    setReturnFocus(false);
  }, [returnFocus, creating]);
  const canWrite = incident.permissions.canWrite && incident.status === 'active';

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setAlerts(await listIncidentAlerts(incident.id, signal));
        setProblem(undefined);
      } catch (error) {
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [incident.id],
  );
  useLiveLoad(load);

  const upsert = useCallback(
    (summary: AlertSummary) => setAlerts((current) => upsertSummary(current, summary)),
    [],
  );
  useIncidentEvent(['alert.sent', 'alert.changed'], (payload) => {
    const summary = alertSummaryFrom(payload);
    if (summary?.incidentId === incident.id) upsert(summary);
  });

  // The newest is shown first and then stays: an alert someone else sends does not swap the board.
  const newest = alerts?.[0]?.id;
  if (chosenId === undefined && newest !== undefined) setChosenId(newest);
  const shownId = alerts?.some((alert) => alert.id === chosenId) ? chosenId : newest;

  function sent(alert: AlertSummary) {
    upsert(alert);
    setChosenId(alert.id);
    setCreating(false);
    setStatus(t('alerts.board.sent', { count: alert.counts.recipients }));
    setReturnFocus(true);
  }

  return (
    <section className="room-panel alerts-panel" aria-labelledby="alerts-title">
      <div className="room-panel__header">
        <h2 id="alerts-title" tabIndex={-1}>
          {t('alerts.board.title')}
        </h2>
        {canWrite && !creating ? (
          <button
            ref={newButton}
            type="button"
            className="button button--secondary button--small"
            aria-controls="alert-form"
            aria-expanded={false}
            onClick={() => setCreating(true)}
          >
            {t('alerts.board.alertMore')}
          </button>
        ) : null}
      </div>
      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {canWrite && creating ? (
        <AlertForm
          incident={incident}
          onSent={sent}
          onClose={() => {
            setCreating(false);
            setReturnFocus(true);
          }}
        />
      ) : null}
      {alerts === undefined ? (
        problem ? null : (
          <p className="loading">{t('alerts.board.loading')}</p>
        )
      ) : alerts.length === 0 ? (
        <p>{t('alerts.board.none')}</p>
      ) : (
        <>
          {alerts.length > 1 ? <AlertList alerts={alerts} shownId={shownId} onChoose={setChosenId} /> : null}
          {shownId ? (
            <AlertBoard
              key={shownId}
              alertId={shownId}
              mayCancel={incident.permissions.canWrite}
              onSummary={upsert}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
