import { useCallback, useRef, useState } from 'react';
import { type AlertView, fetchAlert } from '../../../../api/alerts-api';
import { problemText } from '../../../../api/api-client';
import { useIncidentEvent, useLiveLoad } from '../../../../features/incidents/incident-events';
import {
  alertSummaryFrom,
  deliveryChangesFrom,
  recipientBatchFrom,
  recipientFrom,
  withDeliveries,
  withRecipient,
  withRecipients,
  withSummary,
} from './board-rules';

type Change = (view: AlertView) => AlertView;

/**
 * One alert's response board, kept current by the room's live events. Events that arrive while the
 * board loads are applied again on top of what the load returns, in the order they came, so an
 * answer given during the load is never lost under an older copy.
 */
export function useAlertBoard(alertId: string) {
  const [view, setView] = useState<AlertView>();
  const [problem, setProblem] = useState<string>();
  const loading = useRef<{ changes: Change[] }>(undefined);

  const apply = useCallback((change: Change) => {
    loading.current?.changes.push(change);
    setView((current) => (current ? change(current) : current));
  }, []);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const attempt = { changes: [] as Change[] };
      loading.current = attempt;
      try {
        const loaded = await fetchAlert(alertId, signal);
        // A later load (the live feed resynced meanwhile) has the last word.
        if (loading.current !== attempt) return;
        loading.current = undefined;
        setView(attempt.changes.reduce((current, change) => change(current), loaded));
        setProblem(undefined);
      } catch (error) {
        if (loading.current === attempt) loading.current = undefined;
        if (signal?.aborted) return;
        setProblem(problemText(error));
      }
    },
    [alertId],
  );
  useLiveLoad(load);

  useIncidentEvent(['alert.recipient'], (payload) => {
    const recipient = recipientFrom(payload);
    if (recipient?.alertId === alertId) apply((current) => withRecipient(current, recipient));
  });
  useIncidentEvent(['alert.recipients'], (payload) => {
    const batch = recipientBatchFrom(payload);
    if (batch?.alertId === alertId) apply((current) => withRecipients(current, batch.recipients));
  });
  useIncidentEvent(['alert.deliveries'], (payload) => {
    const batch = deliveryChangesFrom(payload);
    if (batch?.alertId === alertId) apply((current) => withDeliveries(current, batch.deliveries));
  });
  useIncidentEvent(['alert.changed'], (payload) => {
    const summary = alertSummaryFrom(payload);
    if (summary?.id === alertId) apply((current) => withSummary(current, summary));
  });

  return { view, problem, apply, reload: load };
}
