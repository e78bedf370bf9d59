/**
 * Whether this browser can receive alerts as notifications:
 * - `supported`: service worker, Push API and notifications are all there;
 * - `install_first`: an iPhone or iPad offers Web Push only to a web app on the home screen;
 * - `unsupported`: an old or locked-down browser.
 */
export type PushSupport = 'supported' | 'install_first' | 'unsupported';

const isAppleMobile = () =>
  /iPhone|iPad|iPod/.test(navigator.userAgent) ||
  // iPadOS presents itself as a Mac, but a Mac has no touch screen.
  (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);

const isStandalone = () => window.matchMedia('(display-mode: standalone)').matches;

export function pushSupportOfThisDevice(): PushSupport {
  if ('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) return 'supported';
  if (isAppleMobile() && !isStandalone()) return 'install_first';
  return 'unsupported';
}
