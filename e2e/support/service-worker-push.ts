import type { Page } from 'playwright-core';
import type { TestPushSubscription } from '../../test/support/push-test-service.js';

/**
 * Registers `subscription` for the person signed in on `page`, from within the page (their cookie,
 * their browser's User-Agent), once the app's service worker is active. Headless Chromium cannot
 * subscribe at a push service itself, so the subscription is one of the test's push service.
 * Resolves with the status of the registration (201 when it was accepted).
 */
export async function subscribeThisDevice(page: Page, subscription: TestPushSubscription): Promise<number> {
  return page.evaluate(async (body) => {
    await navigator.serviceWorker.ready;
    const response = await fetch('/api/me/push-subscriptions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.status;
  }, subscription);
}

/**
 * Hands `payload` to the page's service worker as the browser would after receiving and
 * decrypting a push message, through the DevTools protocol (ServiceWorker.deliverPushMessage).
 */
export async function deliverPushMessage(page: Page, payload: unknown): Promise<void> {
  const origin = new URL(page.url()).origin;
  const devtools = await page.context().newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find(
        (registration) => !registration.isDeleted && registration.scopeURL.startsWith(origin),
      );
      if (live) resolve(live.registrationId);
    }),
  );
  await devtools.send('ServiceWorker.enable');
  await devtools.send('ServiceWorker.deliverPushMessage', {
    origin: `${origin}/`,
    registrationId: await registrationId,
    data: JSON.stringify(payload),
  });
}

/** The titles of the notifications the page's service worker shows now. */
export async function shownNotifications(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((notification) => notification.title);
  });
}
