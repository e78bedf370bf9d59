import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

// What a visitor reads (web/src/i18n/nl.ts and en.ts).
const nl = {
  homeTitle: 'Overzicht en rust wanneer het erop aankomt',
  login: 'Inloggen',
  mainMenu: 'Hoofdmenu',
  status: 'Status',
  statusTitle: 'Systeemstatus',
  statusReady: 'Alle onderdelen werken.',
  databasePglite: 'Bereikbaar (ingebouwd, PGlite)',
};
const en = {
  homeTitle: 'Overview and calm when it matters most',
  offline: 'You are offline. You are seeing the version of Baken that was loaded last.',
};

async function headingText(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

describe('web app shell', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // @promise P14
  it('opens in Dutch, switches to English, remembers it, and still opens offline', async () => {
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);

    const first = await page.goto(server.url);
    expect(first?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await headingText(page)).toBe(nl.homeTitle);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // The start page's own button, and the header's for every page.
    expect(await page.getByRole('main').getByRole('link', { name: nl.login }).getAttribute('href')).toBe(
      '/login',
    );
    expect(await page.getByRole('banner').getByRole('link', { name: nl.login }).getAttribute('href')).toBe(
      '/login',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en.homeTitle }).waitFor();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('baken.language'))).toBe('en');

    await page.reload();
    expect(await headingText(page)).toBe(en.homeTitle);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      return navigator.serviceWorker.controller?.scriptURL;
    });
    expect(controlled).toBe(`${server.url}/sw.js`);
    expect(problems.consoleErrors).toEqual([]);

    await context.setOffline(true);
    const offline = await page.reload();
    expect(offline?.fromServiceWorker()).toBe(true);
    expect(await headingText(page)).toBe(en.homeTitle);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByText(en.offline).waitFor();

    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the system status from /healthz and /readyz', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);

    await page.goto(server.url);
    const navigation = page.getByRole('navigation', { name: nl.mainMenu });
    await navigation.getByRole('link', { name: nl.status }).click();
    expect(await headingText(page)).toBe(nl.statusTitle);
    expect(new URL(page.url()).pathname).toBe('/status');
    expect(await navigation.getByRole('link', { name: nl.status }).getAttribute('aria-current')).toBe('page');
    await page.getByText(nl.statusReady).waitFor();
    await page.getByText(nl.databasePglite).waitFor();

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
