import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../e2e/support/browser.js';
import type { PushAlertPayload } from '../../server/channels/push/push-payload.js';
import { type PushTestService, startPushTestService } from '../support/push-test-service.js';
import { DEMO_PASSWORD, signInCookie, startTestServer, type TestServer } from '../support/test-server.js';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

const ALERT: PushAlertPayload = {
  type: 'baken-alert',
  alertId: '01a2b3c4-0000-7000-8000-000000000001',
  title: 'OEFENING: Brand in het gemeentehuis',
  body: 'Het ROT komt bijeen.',
  location: 'Stadhuisplein 1',
  isExercise: true,
  urgency: 'crisis',
  lang: 'nl',
  responseToken: 'antwoord-123',
  url: '/respond#antwoord-123',
  actions: { coming: 'Ik kom', unavailable: 'Niet beschikbaar' },
};

/**
 * The web side of push in headless Chromium. It cannot reach a real push service, so a device is
 * registered through the API, and a push message is handed to the service worker through the
 * DevTools protocol (ServiceWorker.deliverPushMessage), as the browser would after decrypting it.
 */
describe('push in the browser', () => {
  let server: TestServer;
  let pushService: PushTestService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, pushService, browser] = await Promise.all([
      startTestServer(),
      startPushTestService(),
      launchBrowser(),
    ]);
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['notifications'], { origin: server.url });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await pushService?.close();
    await server?.stop();
  });

  const section = () => page.getByRole('region', { name: 'Meldingen op dit apparaat' });

  it('lists the person’s devices on the profile page and removes one', async () => {
    const cookie = await signInCookie(server.url, 'notulist@voorbeeld.nl');
    const registered = await fetch(`${server.url}/api/me/push-subscriptions`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: server.url,
        'Content-Type': 'application/json',
        'User-Agent': IPHONE_SAFARI,
      },
      body: JSON.stringify(await pushService.subscribe()),
    });
    expect(registered.status).toBe(201);

    await page.goto(`${server.url}/profile`);
    await page.getByLabel('E-mailadres').fill('notulist@voorbeeld.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await section().getByText('Uit op dit apparaat').waitFor();
    const device = section().getByRole('listitem').filter({ hasText: 'Mobile Safari 17 · iOS 17.4' });
    await device.getByText('Nog niet').waitFor();

    await device.getByRole('button', { name: 'Verwijderen Mobile Safari 17 · iOS 17.4' }).click();
    await section().getByText('Mobile Safari 17 · iOS 17.4 krijgt geen meldingen meer.').waitFor();
    await section().getByText('Nog geen enkel apparaat.').waitFor();
  });

  it('says plainly when the browser cannot subscribe at a push service', async () => {
    await section().getByRole('button', { name: 'Meldingen aanzetten' }).click();
    const refusal = section().getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/De browser kan zijn meldingendienst niet bereiken/);
  });

  it('shows a pushed alert as a notification with answer buttons, and hands it to the open page', async () => {
    await page.evaluate(() => {
      const seen: unknown[] = [];
      Object.assign(window, { seenAlerts: seen });
      navigator.serviceWorker.addEventListener('message', (event) => seen.push(event.data));
      navigator.serviceWorker.startMessages();
    });
    const devtools = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) =>
      devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((registration) => !registration.isDeleted);
        if (live) resolve(live.registrationId);
      }),
    );
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.deliverPushMessage', {
      origin: `${server.url}/`,
      registrationId: await registrationId,
      data: JSON.stringify(ALERT),
    });

    await page.waitForFunction(() => (window as unknown as { seenAlerts: unknown[] }).seenAlerts.length > 0);
    expect(await page.evaluate(() => (window as unknown as { seenAlerts: unknown[] }).seenAlerts)).toEqual([
      { type: 'baken-alert', alert: ALERT },
    ]);
    // The page may hear of the alert before the notification is shown: look until it is.
    const notifications = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((notification) => ({
          title: notification.title,
          body: notification.body,
          tag: notification.tag,
          requireInteraction: notification.requireInteraction,
          actions: (
            notification as Notification & { actions: { action: string; title: string }[] }
          ).actions.map(({ action, title }) => ({ action, title })),
        }));
      });
    // Chromium fetches the icon before it shows a notification: on a loaded machine that takes a while.
    await expect.poll(notifications, { timeout: 30_000 }).toEqual([
      {
        title: 'OEFENING: Brand in het gemeentehuis',
        body: 'Het ROT komt bijeen.\nLocatie: Stadhuisplein 1',
        tag: ALERT.alertId,
        requireInteraction: true,
        actions: [
          { action: 'coming', title: 'Ik kom' },
          { action: 'unavailable', title: 'Niet beschikbaar' },
        ],
      },
    ]);
  }, 90_000);
});
