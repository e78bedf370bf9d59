import { useEffect, useRef } from 'react';
import { LiveStream } from './live-stream';

/** What the topic `incidents` carries: only which incident changed, so the list asks again. */
const INCIDENT_LIST_EVENT_TYPES = ['incident.started', 'incident.changed', 'incident.deleted'];

// Several changes in a row (a scenario that starts with many events) make one request.
const SETTLE_MS = 300;

/**
 * Calls `onChange` when an incident of the organisation was started, changed or deleted, and when
 * the live connection came back without being able to replay what it missed.
 */
export function useIncidentListUpdates(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    let timer: number | undefined;
    const changed = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), SETTLE_MS);
    };
    const live = new LiveStream({
      topics: ['incidents'],
      types: INCIDENT_LIST_EVENT_TYPES,
      onEvent: changed,
      onStatus: () => {},
      // Also on the first opening: a change between the first load and the connection shows up.
      onResync: changed,
    });
    live.start();
    return () => {
      window.clearTimeout(timer);
      live.stop();
    };
  }, []);
}
