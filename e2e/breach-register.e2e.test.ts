import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

const PHONE = { width: 390, height: 844 };
const DESCRIPTION = 'Een export met namen stond een dag openbaar op een testserver.';

async function signIn(page: Page, url: string, email: string, heading: string) {
  await page.goto(url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the breach register in the browser', () => {
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

  it('records a breach with its 72-hour clock, decides, and shows it to the affected organisation', {
    timeout: 120_000,
  }, async () => {
    const staffContext = await browser.newContext({ viewport: PHONE });
    contexts.push(staffContext);
    const staff = await staffContext.newPage();
    staff.setDefaultTimeout(15_000);
    const problems = watchForProblems(staff);
    await signIn(staff, `${server.url}/operator/breaches`, OPERATOR_ADMIN.email, 'Datalekken');
    await staff.getByText('Er zijn geen datalekken geregistreerd.').waitFor();

    const form = staff.getByRole('form', { name: 'Datalek vastleggen' });
    // Sent empty: the summary names what is missing, and nothing is recorded.
    await form.getByRole('button', { name: 'Datalek vastleggen' }).click();
    await form.getByRole('link', { name: 'Wat er is gebeurd' }).waitFor();
    await form.getByLabel('Wat er is gebeurd').fill(DESCRIPTION);
    await form.getByLabel('Soorten gegevens').fill('Namen en e-mailadressen');
    await form.getByLabel('Groepen betrokkenen').fill('Medewerkers van klantorganisaties');
    await form.getByLabel(/Aantal betrokkenen/).fill('40');
    await form.getByLabel('Contactpunt').fill('privacy@baken.example');
    await form.getByRole('button', { name: 'Datalek vastleggen' }).click();
    await form.getByText('Het datalek is vastgelegd.').waitFor();

    const row = staff.getByRole('row').filter({ hasText: 'Een export met namen' });
    await row.getByText(/^Nog \d+ uur \d+ min$/).waitFor();
    await row.getByRole('link').click();
    await staff.getByRole('heading', { level: 2, name: 'Het datalek', exact: true }).waitFor();

    const authority = staff.getByRole('form', { name: /Melding aan de Autoriteit Persoonsgegevens/ });
    await authority.getByLabel('Besluit').selectOption({ label: 'Niet melden: waarschijnlijk geen risico' });
    await authority
      .getByLabel('Niet gemeld, omdat')
      .fill('De export bevatte alleen namen van fictieve testaccounts.');
    await authority.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await authority.getByText('Het besluit over de melding is vastgelegd.').waitFor();
    await staff.getByText('Besluit over melding vastgelegd').waitFor();

    await staff.getByRole('checkbox', { name: 'Gemeente Voorbeeld' }).check();
    await staff.getByRole('button', { name: 'Aanwijzen en beheerders mailen' }).click();
    await staff.getByText('De organisaties zijn aangewezen en hun beheerders gemaild.').waitFor();
    await staff.getByRole('listitem').filter({ hasText: 'Gemeente Voorbeeld' }).waitFor();

    // Closing needs the decision about the people concerned too.
    await staff.getByRole('button', { name: 'Datalek afsluiten' }).click();
    await staff.getByText(/Leg eerst vast of de betrokkenen zijn ingelicht/).waitFor();
    expect(problems.pageErrors).toEqual([]);

    const adminContext = await browser.newContext({ viewport: PHONE });
    contexts.push(adminContext);
    const admin = await adminContext.newPage();
    await signIn(admin, `${server.url}/admin/breaches`, 'beheerder@voorbeeld.nl', 'Datalekken');
    const seen = admin.getByRole('listitem').filter({ hasText: DESCRIPTION });
    await seen.getByText('De export bevatte alleen namen van fictieve testaccounts.').waitFor();
  });
});
