import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

const ADMIN = { email: 'beheerder@voorbeeld.nl', name: 'Anna de Vries' };
const PHONE = { width: 390, height: 844 };

async function download(page: Page): Promise<{ name: string; content: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden' }).click(),
  ]);
  return { name: file.suggestedFilename(), content: await readFile(await file.path()) };
}

// @promise P17
describe('the access report in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the admin their data and downloads it after the password, on a phone', async () => {
    context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profiel' }).waitFor();

    await page.getByRole('button', { name: ADMIN.name }).click();
    await page.getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    const accountSection = page.getByRole('region', { name: 'Account en profiel' });
    await accountSection.getByRole('definition').filter({ hasText: ADMIN.name }).first().waitFor();
    await accountSection.getByRole('definition').filter({ hasText: ADMIN.email }).first().waitFor();
    await accountSection.getByRole('definition').filter({ hasText: 'Gemeente Voorbeeld' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inloggen en beveiliging' }).waitFor();
    await page.getByText(/Autoriteit Persoonsgegevens/).waitFor();

    // Why and how long, behind a disclosure the keyboard opens.
    const why = page.getByText('Waarom, op welke grond en hoe lang').first();
    await why.focus();
    await page.keyboard.press('Enter');
    await page
      .getByText(/Grondslag: Uitvoering van een overeenkomst/)
      .first()
      .waitFor();

    // A wrong password downloads nothing and says why. (Sending to someone else has a form of its own.)
    const downloadForm = page.getByRole('form', { name: 'Downloaden' });
    await downloadForm.getByLabel('Uw wachtwoord').fill('niet-mijn-wachtwoord');
    await page.getByRole('button', { name: 'Downloaden' }).click();
    await page.getByText('Het wachtwoord klopt niet. Er is niets gedownload.').first().waitFor();
    expect(await downloadForm.getByLabel('Uw wachtwoord').getAttribute('aria-invalid')).toBe('true');

    await downloadForm.getByLabel('Uw wachtwoord').fill(DEMO_PASSWORD);
    const json = await download(page);
    expect(json.name).toMatch(/^baken-mijn-gegevens-.*\.json$/);
    const report = JSON.parse(json.content.toString('utf8'));
    expect(report.subject).toMatchObject({ name: ADMIN.name, email: ADMIN.email });
    const account = report.sections.find((section: { heading: string }) => section.heading === 'account');
    expect(JSON.stringify(account)).toContain(ADMIN.email);
    await page.getByText('Het bestand is gedownload.').waitFor();

    await page.getByLabel('Om mee te nemen (ZIP met JSON en CSV)').check();
    await downloadForm.getByLabel('Uw wachtwoord').fill(DEMO_PASSWORD);
    const zip = await download(page);
    expect(zip.name).toMatch(/\.zip$/);
    expect(zip.content.subarray(0, 4).toString('hex')).toBe('504b0304');

    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations()).toEqual([]);
  }, 120_000);
});
