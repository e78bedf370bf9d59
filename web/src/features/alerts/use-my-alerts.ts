import { useCallback, useEffect, useRef, useState } from 'react';
import { listMyAlerts, type MyAlert } from '../../api/alerts-api';
import { LiveStream } from '../incidents/live-stream';
import { onAlertFromServiceWorker } from '../push/alerts-from-service-worker';

/**
 * What the topic `alerts` carries for this person: an alert arrived, was answered (perhaps on
 * another device) or was withdrawn; only that, so the list asks again.
 */
const MY_ALERT_EVENT_TYPES = ['alert.received', 'alert.answered', 'alert.withdrawn'];

// A burst (the live event and the service worker's message for one alert) makes one request.
const SETTLE_MS = 300;

/**
 * The signed-in person's active alerts of the last 24 hours, kept current: loaded again when the
 * live stream says one arrived, was answered or withdrawn, when the service worker received one by
 * push, when the stream came back without replay, and when the page is looked at again.
 */
export function useMyAlerts(enabled: boolean): MyAlert[] {
  const [alerts, setAlerts] = useState<MyAlert[]>([]);
  const controller = useRef<AbortController>(undefined);

  const load = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      setAlerts(await listMyAlerts(current.signal));
    } catch {
      // Keep what is shown: the next event, resync or look at the page asks again.
    }
  }, []);

  useEffect(() => {
    if (!enabled) {
      setAlerts([]);
      return;
    }
    let timer: number | undefined;
    const changed = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(), SETTLE_MS);
    };
    const live = new LiveStream({
      topics: ['alerts'],
      types: MY_ALERT_EVENT_TYPES,
      onEvent: changed,
      onStatus: () => {},
      onResync: changed,
    });
    live.start();
    const stopListening = onAlertFromServiceWorker(changed);
    const onVisible = () => {
      if (document.visibilityState === 'visible') changed();
    };
    document.addEventListener('visibilitychange', onVisible);
    void load();
    return () => {
      window.clearTimeout(timer);
      live.stop();
      stopListening();
      document.removeEventListener('visibilitychange', onVisible);
      controller.current?.abort();
    };
  }, [enabled, load]);

  return alerts;
}
