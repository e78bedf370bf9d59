import { describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { watchForProblems } from './support/page-problems.js';
import { useServerAndBrowser } from './support/server-and-browser.js';
import { signInAt } from './support/sign-in-at.js';

const PHONE = { width: 390, height: 844 };

// @promise P11 the operator records a disclosure to the police in the browser; the organisation's admin sees it
describe('the disclosures register in the browser', () => {
  const started = useServerAndBrowser();

  it('records an order of the police, offering only the grounds its kind allows', async () => {
    const staffContext = await started.browser.newContext({ viewport: PHONE });
    const staff = await staffContext.newPage();
    const problems = watchForProblems(staff);
    await signInAt(
      staff,
      `${started.server.url}/operator/disclosures`,
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

    const adminContext = await started.browser.newContext({ viewport: PHONE });
    const admin = await adminContext.newPage();
    await signInAt(
      admin,
      `${started.server.url}/admin/disclosures`,
      'beheerder@voorbeeld.nl',
      'Verstrekkingen aan derden',
    );
    const seen = admin.getByRole('listitem').filter({ hasText: 'Politie Eenheid Utrecht' });
    await seen.getByText('Naam en inlogtijden van maart 2027').waitFor();
    await seen.getByText('de beheerder van het platform').waitFor();
  });
});
