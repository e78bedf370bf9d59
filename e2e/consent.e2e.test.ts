import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../common/privacy/browser-storage.js';
import { declaredStorage } from '../server/modules/privacy/cookie-register.js';
import { DEMO_PASSWORD } from '../test/support/test-server.js';
import { watchForProblems } from './support/page-problems.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface Consent {
  consentId: string;
  statementVersion: number;
  choices: { functional: boolean; analytics: boolean; thirdParty: boolean };
  method: string;
  replacesId: string | null;
}

/** Cookies and web storage of this context, each with the register's category (undefined: undeclared). */
async function storedWithCategories(context: BrowserContext, page: Page) {
  const cookies = (await context.cookies()).map((cookie) => ({
    mechanism: 'cookie' as const,
    name: cookie.name,
  }));
  const keys = await page.evaluate(() => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
  }));
  const found = [
    ...cookies,
    ...keys.localStorage.map((name) => ({ mechanism: 'localStorage' as const, name })),
    ...keys.sessionStorage.map((name) => ({ mechanism: 'sessionStorage' as const, name })),
  ];
  return found.map((item) => ({
    item: `${item.mechanism}:${item.name}`,
    category: declaredStorage(item.mechanism, item.name)?.category,
  }));
}

const notFunctional = (stored: { item: string; category: string | undefined }[]) =>
  stored.filter((entry) => entry.category !== 'functional').map((entry) => entry.item);

/** The consent id this browser keeps, and the choice the server holds for it. */
async function recordedChoice(page: Page, url: string): Promise<Consent | null> {
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEYS.consent.key);
  const consentId = (JSON.parse(stored ?? '{}') as { consentId?: string }).consentId ?? '';
  const response = await page.request.get(`${url}/api/consent`, {
    headers: { 'Baken-Consent-Id': consentId },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { consent: Consent | null }).consent;
}

// @promise P3 a visitor rejects, then accepts analytics from the footer's cookie settings: each choice is recorded
// @promise P13 before a choice the browser holds only functional storage; consent can be changed at any time
describe('the cookie notice and consent settings (P3, P13)', () => {
  const journey = useServerAndBrowser();

  it('a visitor rejects all, then accepts analytics from "Cookie-instellingen"', async () => {
    const { server, browser } = journey;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    // Before a choice: the notice is shown, and nothing but functional storage is set.
    const notice = page.getByRole('region', { name: 'Cookies en inhoud van derden' });
    await notice.waitFor();
    for (const name of ['Alles accepteren', 'Alles weigeren', 'Zelf kiezen'])
      expect(await notice.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    const before = await storedWithCategories(context, page);
    expect(notFunctional(before)).toEqual([]);
    expect(before.map((entry) => entry.item)).not.toContain(`localStorage:${STORAGE_KEYS.consent.key}`);

    // The keyboard reaches the notice right after the skip link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lees de privacyverklaring');

    await notice.getByRole('button', { name: 'Alles weigeren' }).click();
    await notice.waitFor({ state: 'detached' });
    const rejected = await storedWithCategories(context, page);
    expect(notFunctional(rejected)).toEqual([]);
    expect(rejected.map((entry) => entry.item)).toContain(`localStorage:${STORAGE_KEYS.consent.key}`);
    expect(await context.cookies()).toEqual([]);
    const first = await recordedChoice(page, server.url);
    expect(first).toMatchObject({
      choices: { functional: true, analytics: false, thirdParty: false },
      method: 'banner',
      replacesId: null,
    });

    // The footer reopens the choices; the current one is filled in.
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie-instellingen' }).click();
    await notice.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Cookies en inhoud van derden',
    );
    const analytics = notice.getByRole('checkbox', { name: /Statistiek/ });
    const thirdParty = notice.getByRole('checkbox', { name: /Derden/ });
    expect(await analytics.isChecked()).toBe(false);
    expect(await thirdParty.isChecked()).toBe(false);
    expect(await notice.getByRole('checkbox', { name: /Functioneel/ }).isDisabled()).toBe(true);
    await analytics.check();
    await notice.getByRole('button', { name: 'Keuze opslaan' }).click();
    await notice.waitFor({ state: 'detached' });

    const second = await recordedChoice(page, server.url);
    expect(second).toMatchObject({
      consentId: first?.consentId,
      statementVersion: first?.statementVersion,
      choices: { functional: true, analytics: true, thirdParty: false },
      method: 'settings',
    });
    expect(second?.replacesId).toBeTruthy();

    // Still only declared storage; the notice stays closed after a reload.
    const accepted = await storedWithCategories(context, page);
    expect(accepted.filter((entry) => entry.category === undefined)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Cookies en inhoud van derden' }).count()).toBe(0);

    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('works in English, and choosing per category is as easy as accepting or rejecting all', async () => {
    const { server, browser } = journey;
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'English' }).click();
    const notice = page.getByRole('region', { name: 'Cookies and third-party content' });
    await notice.waitFor();
    const sizes = await Promise.all(
      ['Accept all', 'Reject all', 'Let me choose'].map(async (name) =>
        notice.getByRole('button', { name, exact: true }).boundingBox(),
      ),
    );
    // Equal weight: the same height, none hidden or shrunk.
    expect(new Set(sizes.map((box) => Math.round(box?.height ?? 0))).size).toBe(1);
    await notice.getByRole('button', { name: 'Let me choose' }).click();
    await notice.getByRole('checkbox', { name: /Third parties/ }).check();
    await notice.getByRole('button', { name: 'Save my choice' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await recordedChoice(page, server.url)).toMatchObject({
      choices: { analytics: false, thirdParty: true },
      method: 'banner',
    });
    await context.close();
  });
});

const TILE_HOST = 'tile.example.org';
/** A 1×1 transparent PNG: what the fake tile server answers. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

// @promise P3 third-party content (map tiles) loads only after consent, and stops when it is withdrawn
describe('the incident map waits for consent for third parties (P3)', () => {
  const journey = useServerAndBrowser({ env: { MAP_TILE_URL: `https://${TILE_HOST}/{z}/{x}/{y}.png` } });

  it('shows a placeholder and fetches no tile until the visitor loads the map', async () => {
    const { server, browser } = journey;
    // The service worker is kept out, so every request of the page passes the route below.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const tileRequests: string[] = [];
    await context.route(`https://${TILE_HOST}/**`, (route) => {
      tileRequests.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Alles weigeren' }).click();
    await page.getByLabel('E-mailadres').fill('beheerder@voorbeeld.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');

    // An incident with a placed location, made through the API in the same session.
    const api = (path: string, data: unknown) =>
      page.request.post(`${server.url}${path}`, { data, headers: { Origin: server.url } });
    const started = await api('/api/incidents', { title: 'Brand in sporthal' });
    expect(started.status()).toBe(201);
    const { id } = (await started.json()) as { id: string };
    const placed = await api(`/api/incidents/${id}/locations`, {
      name: 'Sporthal',
      latitude: 52.08,
      longitude: 5.12,
    });
    expect(placed.status()).toBe(201);

    await page.goto(`${server.url}/incidents/${id}?tab=locations`);
    const load = page.getByRole('button', { name: `Kaart laden (deelt uw IP-adres met ${TILE_HOST})` });
    await load.waitFor();
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(tileRequests).toEqual([]);

    await load.click();
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(await recordedChoice(page, server.url)).toMatchObject({
      choices: { analytics: false, thirdParty: true },
      method: 'placeholder',
    });

    // Withdrawn in the cookie settings: the map goes, the placeholder is back.
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie-instellingen' }).click();
    const notice = page.getByRole('region', { name: 'Cookies en inhoud van derden' });
    await notice.getByRole('checkbox', { name: /Derden/ }).uncheck();
    await notice.getByRole('button', { name: 'Keuze opslaan' }).click();
    await load.waitFor();
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(await recordedChoice(page, server.url)).toMatchObject({
      choices: { thirdParty: false },
      method: 'settings',
    });
    await context.close();
  });
});
