import type { PushAlert } from './push-alert';

const isPushAlert = (value: unknown): value is PushAlert =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'baken-alert' &&
  typeof (value as { alertId?: unknown }).alertId === 'string';

/**
 * Calls `callback` with each alert a push brings while this page is open (the service worker
 * posts it to every Baken window), so a screen can show it in the page as well. Returns the
 * function that stops listening.
 */
export function onAlertFromServiceWorker(callback: (alert: PushAlert) => void): () => void {
  if (!('serviceWorker' in navigator)) return () => {};
  const container = navigator.serviceWorker;
  const listener = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'baken-alert')
      return;
    const alert = (data as { alert?: unknown }).alert;
    if (isPushAlert(alert)) callback(alert);
  };
  container.addEventListener('message', listener);
  // Messages wait in a queue until a page says it listens; addEventListener alone does not say so.
  container.startMessages();
  return () => container.removeEventListener('message', listener);
}
