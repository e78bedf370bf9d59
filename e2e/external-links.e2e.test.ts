import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';
import { heading, PHONE, signIn } from './support/phone-journey.js';

// @promise P15
describe('links to other websites', () => {
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

  it('say that they leave Baken, open in a new window and pass nothing on', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/login`);
    await signIn(page, 'beheerder@voorbeeld.nl');
    await heading(page, /^Overzicht en rust/);
    // An incident with a place on the map, made through the API the app itself uses.
    const headers = { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' };
    const started = await page.request.post(`${server.url}/api/incidents`, {
      headers,
      data: { title: 'Gaslek Marktplein' },
    });
    expect(started.status()).toBe(201);
    const { id } = (await started.json()) as { id: string };
    const located = await page.request.post(`${server.url}/api/incidents/${id}/locations`, {
      headers,
      data: { name: 'Marktplein', latitude: 52.0907, longitude: 5.1214 },
    });
    expect(located.status()).toBe(201);

    await page.goto(`${server.url}/incidents/${id}?tab=locations`);
    const link = page.getByRole('link', {
      name: /^Bekijken op OpenStreetMap\s*: Marktplein \(externe website, opent in een nieuw venster\)$/,
    });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual([
      'external',
      'noopener',
      'noreferrer',
    ]);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    expect(await link.textContent()).toContain('↗');

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
