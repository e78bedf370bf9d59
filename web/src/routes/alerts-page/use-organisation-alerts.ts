import { useCallback, useEffect, useRef, useState } from 'react';
import { type AlertSummary, listOrganisationAlerts } from '../../api/alerts-api';
import { problemText } from '../../api/api-client';
import { useIncidentEvent, useLiveLoad } from '../../features/incidents/incident-events';
import { alertSummaryFrom, upsertSummary } from '../incidents/room/alerts/board-rules';

/**
 * What the `alerts` topic tells an admin of every alert, with or without an incident: people were
 * alerted (a new alert or an escalation), someone answered, or it was withdrawn. Only the alert's
 * id comes with them, so the list asks again.
 */
const CHANGED_ANY_ALERT = ['alert.received', 'alert.answered', 'alert.withdrawn'];

// A burst (an alert to a hundred people answered in the same seconds) makes one request.
const SETTLE_MS = 300;

/**
 * The organisation's alerts (GET /api/alerts, admins), newest first, kept current by the page's
 * live connection: a summary that comes along (an alert on its own, or the followed incident's)
 * replaces its line at once; any other change loads the list again.
 */
export function useOrganisationAlerts() {
  const [alerts, setAlerts] = useState<AlertSummary[]>();
  const [problem, setProblem] = useState<string>();
  const timer = useRef<number>(undefined);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setAlerts(await listOrganisationAlerts(signal));
      setProblem(undefined);
    } catch (error) {
      if (signal?.aborted) return;
      setProblem(problemText(error));
    }
  }, []);
  useLiveLoad(load);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const upsert = useCallback(
    (summary: AlertSummary) => setAlerts((current) => upsertSummary(current, summary)),
    [],
  );
  useIncidentEvent(['alert.sent', 'alert.changed'], (payload) => {
    const summary = alertSummaryFrom(payload);
    if (summary) upsert(summary);
  });
  useIncidentEvent(CHANGED_ANY_ALERT, () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void load(), SETTLE_MS);
  });

  return { alerts, problem, upsert, reload: load };
}
