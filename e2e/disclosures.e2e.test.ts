import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

const PHONE = { width: 390, height: 844 };

async function signIn(page: Page, url: string, email: string, heading: string) {
  await page.goto(url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

// @promise P11 the operator records a disclosure to the police in the browser; the organisation's admin sees it
describe('the disclosures register in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('records an order of the police, offering only the grounds its kind allows', async () => {
    const staffContext = await browser.newContext({ viewport: PHONE });
    contexts.push(staffContext);
    const staff = await staffContext.newPage();
    const problems = watchForProblems(staff);
    await signIn(
      staff,
      `${server.url}/operator/disclosures`,
      OPERATOR_ADMIN.email,
      'Verstrekkingen aan derden',
    );
    await staff.getByText('Er zijn nog geen verstrekkingen vastgelegd.').waitFor();

    const form = staff.getByRole('form', { name: 'Verstrekking vastleggen' });
    // Sent empty: the summary names what is missing, and nothing is recorded.
    await form.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
    await form.getByRole('link', { name: 'Ontvanger' }).waitFor();

    await form
      .getByLabel('Soort verstrekking')
      .selectOption({ label: 'Aan autoriteiten, op grond van de wet' });
    await form.getByLabel('Ontvanger', { exact: true }).fill('Politie Eenheid Utrecht');
    await form.getByLabel(/E-mailadres van het account/).fill('burgemeester@voorbeeld.nl');
    await form.getByLabel(/Welke gegevens zijn verstrekt/).fill('Naam en inlogtijden van maart 2027');
    // The legal bases offered are only those this kind allows.
    const bases = await form.getByLabel('Grondslag').locator('option').allTextContents();
    expect(bases).toEqual(['Wettelijke verplichting']);
    await form.getByLabel(/Kenmerk/).fill('PL0900-2027-123');
    await form.getByLabel('Datum en tijd van de verstrekking').fill('2027-03-02T10:00');
    await form.getByRole('button', { name: 'Verstrekking vastleggen' }).click();
    await form.getByText('De verstrekking is vastgelegd.').waitFor();
    const item = staff.getByRole('listitem').filter({ hasText: 'Politie Eenheid Utrecht' });
    await item.getByText('PL0900-2027-123').waitFor();
    await item.getByText('Gemeente Voorbeeld').waitFor();
    expect(problems.pageErrors).toEqual([]);

    const adminContext = await browser.newContext({ viewport: PHONE });
    contexts.push(adminContext);
    const admin = await adminContext.newPage();
    await signIn(
      admin,
      `${server.url}/admin/disclosures`,
      'beheerder@voorbeeld.nl',
      'Verstrekkingen aan derden',
    );
    const seen = admin.getByRole('listitem').filter({ hasText: 'Politie Eenheid Utrecht' });
    await seen.getByText('Naam en inlogtijden van maart 2027').waitFor();
    await seen.getByText('de beheerder van het platform').waitFor();
  });
});
