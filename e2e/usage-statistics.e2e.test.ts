import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  signInCookie,
  startTestServer,
  type TestServer,
} from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

// Demo people (server/modules/demo/demo-organisation.ts): Anna is the admin, Daan a member.
const ADMIN = 'beheerder@voorbeeld.nl';
const MEMBER = { email: 'notulist@voorbeeld.nl', name: 'Daan Visser' };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function signIn(page: Page, url: string, email: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The number in the totals table for one figure, e.g. "Logboekregels". */
async function figure(page: Page, label: string): Promise<number> {
  const table = page.getByRole('table', { name: 'Gebruik in de gekozen periode' });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  const text = (await row.getByRole('cell').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

// @promise P10 in the browser: an admin sees the statistics; a member objects on Mijn gegevens and is no longer counted
describe('usage statistics and the objection, in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
    // Anna starts an incident with Daan, and Daan writes three logbook entries (through the API).
    const api = async (cookie: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status >= 300)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<unknown>;
    };
    const anna = await signInCookie(server.url, ADMIN);
    const daan = await signInCookie(server.url, MEMBER.email);
    const people = (await api(anna, 'GET', '/api/users')) as { id: string; email: string }[];
    const idOf = (email: string) => people.find((person) => person.email === email)?.id ?? '';
    const incident = (await api(anna, 'POST', '/api/incidents', {
      title: 'Wateroverlast Markt',
      participants: [{ userId: idOf(ADMIN) }, { userId: idOf(MEMBER.email) }],
      alert: { send: false },
    })) as { id: string };
    for (const text of ['Water staat 20 cm hoog', 'Zandzakken besteld', 'Markt afgesloten'])
      await api(daan, 'POST', `/api/incidents/${incident.id}/logbook`, { text });
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('counts a member until they object on Mijn gegevens, and not after', async () => {
    const adminContext = await browser.newContext({ viewport: DESKTOP });
    const memberContext = await browser.newContext({ viewport: PHONE });
    contexts.push(adminContext, memberContext);
    const admin = await adminContext.newPage();
    const member = await memberContext.newPage();
    const adminProblems = watchForProblems(admin);
    const memberProblems = watchForProblems(member);

    await signIn(admin, `${server.url}/admin/statistics`, ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Gebruiksstatistieken' }).waitFor();
    await admin.getByRole('table', { name: 'Actieve mensen per week' }).waitFor();
    const entriesBefore = await figure(admin, 'Logboekregels');
    const peopleBefore = await figure(admin, 'Actieve mensen');
    expect(entriesBefore).toBeGreaterThanOrEqual(3);
    expect(peopleBefore).toBeGreaterThanOrEqual(2);
    // Totals only: the member's name appears nowhere on the page.
    expect(await admin.getByText(MEMBER.name).count()).toBe(0);

    await signIn(member, `${server.url}/my-data`, MEMBER.email);
    await member.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    const usage = member.getByRole('region', { name: 'Bezwaar tegen gebruiksstatistieken' });
    await usage.getByText('U telt mee in de gebruiksstatistieken.').waitFor();
    await usage.getByRole('button', { name: 'Bezwaar maken: tel mij niet mee' }).click();
    await usage
      .getByText('Uw bezwaar is verwerkt. Wat over uw gebruik was bijgehouden, is verwijderd.')
      .waitFor();
    await usage.getByText(/U heeft bezwaar gemaakt \(sinds/).waitFor();
    await usage.getByRole('button', { name: 'Bezwaar intrekken: tel mij weer mee' }).waitFor();

    // A longer period reloads the figures: the member's entries and the member are gone from them.
    await Promise.all([
      admin.waitForResponse((response) => response.url().includes('/api/statistics?days=90')),
      admin.getByLabel('Periode').selectOption('90'),
    ]);
    await admin.getByRole('table', { name: 'Gebruik in de gekozen periode' }).waitFor();
    expect(await figure(admin, 'Logboekregels')).toBe(entriesBefore - 3);
    expect(await figure(admin, 'Actieve mensen')).toBe(peopleBefore - 1);

    // Operator staff see the organisation's counts, without anyone's name either.
    const operatorContext = await browser.newContext({ viewport: PHONE });
    contexts.push(operatorContext);
    const operator = await operatorContext.newPage();
    const operatorProblems = watchForProblems(operator);
    await signIn(operator, `${server.url}/operator/statistics`, 'operator@baken.local');
    await operator.getByRole('heading', { level: 1, name: 'Gebruik per organisatie' }).waitFor();
    const organisations = operator.getByRole('table', {
      name: 'Gebruik per organisatie in de gekozen periode',
    });
    await organisations.getByRole('rowheader', { name: 'Gemeente Voorbeeld' }).waitFor();
    expect(await operator.getByText(MEMBER.name).count()).toBe(0);

    for (const problems of [adminProblems, memberProblems, operatorProblems]) {
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations()).toEqual([]);
    }
  }, 120_000);
});
