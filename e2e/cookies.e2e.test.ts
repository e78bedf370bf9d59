import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOKIE_REGISTER, declaredStorage } from '../server/modules/privacy/cookie-register.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

const ADMIN = 'beheerder@voorbeeld.nl';

interface Found {
  mechanism: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage';
  name: string;
}

/** Everything this browser context holds for Baken: cookies, web storage, databases and caches. */
async function everythingStored(context: BrowserContext, page: Page): Promise<Found[]> {
  const cookies = (await context.cookies()).map((cookie) => ({
    mechanism: 'cookie' as const,
    name: cookie.name,
  }));
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? ''),
    cacheStorage: await caches.keys(),
  }));
  return [
    ...cookies,
    ...(Object.entries(inPage) as [Exclude<Found['mechanism'], 'cookie'>, string[]][]).flatMap(
      ([mechanism, names]) => names.map((name) => ({ mechanism, name })),
    ),
  ];
}

const describeFound = (found: Found) => `${found.mechanism}:${found.name}`;
const undeclared = (stored: Found[]) =>
  stored.filter((found) => !declaredStorage(found.mechanism, found.name));

/** Opens a page and waits for its heading, so whatever it stores on load is stored. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

// @promise P13
describe('cookies and browser storage against the cookie register (P13)', () => {
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

  it('stores only declared, functional items before sign-in and consent, and only declared items after', async () => {
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);

    await open(page, server.url);
    // The language choice is stored; the service worker fills its cache of the app.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    for (const path of ['/status', '/signup', '/forgot-password', '/login'])
      await open(page, `${server.url}${path}`);

    const beforeSignIn = await everythingStored(context, page);
    expect(undeclared(beforeSignIn).map(describeFound)).toEqual([]);
    const notFunctional = beforeSignIn.filter(
      (found) => declaredStorage(found.mechanism, found.name)?.category !== 'functional',
    );
    expect(notFunctional.map(describeFound)).toEqual([]);
    expect(beforeSignIn.map(describeFound)).toEqual(expect.arrayContaining(['localStorage:baken.language']));
    expect(beforeSignIn.some((found) => found.mechanism === 'cacheStorage')).toBe(true);
    // The cookie notice is still waiting for a choice, so the choice is not stored either.
    expect(beforeSignIn.map(describeFound)).not.toContain('localStorage:baken.consent');

    await page.getByLabel('E-mailadres').fill(ADMIN);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    for (const path of ['/incidents', '/preparation', '/rosters', '/profile', '/security', '/users']) {
      await open(page, `${server.url}${path}`);
      expect(new URL(page.url()).pathname).toBe(path);
    }

    // Accepting everything in the cookie notice still stores only what the register declares.
    await page.getByRole('button', { name: 'Alles accepteren' }).click();
    await page.getByRole('region', { name: 'Cookies en inhoud van derden' }).waitFor({ state: 'detached' });
    await open(page, `${server.url}/profile`);

    const afterSignIn = await everythingStored(context, page);
    expect(undeclared(afterSignIn).map(describeFound)).toEqual([]);
    expect(afterSignIn.map(describeFound)).toContain('localStorage:baken.consent');
    const declared = COOKIE_REGISTER.find((entry) => entry.mechanism === 'cookie');
    expect(afterSignIn.map(describeFound)).toEqual(
      expect.arrayContaining(['localStorage:baken.signed-in', `cookie:${declared?.name}`]),
    );

    // The session cookie is as declared: unreadable to scripts, and gone within its stated lifetime.
    const session = (await context.cookies()).find((cookie) => cookie.name === declared?.name);
    expect(session?.httpOnly).toBe(true);
    const now = Date.now() / 1000;
    expect(session?.expires).toBeGreaterThan(now);
    expect(session?.expires).toBeLessThanOrEqual(now + (declared?.maxAgeSeconds ?? 0) + 60);

    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
