import { describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { watchForProblems } from './support/page-problems.js';
import { useServerAndBrowser } from './support/server-and-browser.js';
import { signInAt } from './support/sign-in-at.js';

const PHONE = { width: 390, height: 844 };
const DESCRIPTION = 'Een export met namen stond een dag openbaar op een testserver.';

describe('the breach register in the browser', () => {
  const started = useServerAndBrowser();

  it('records a breach with its 72-hour clock, decides, and shows it to the affected organisation', {
    timeout: 120_000,
  }, async () => {
    const staffContext = await started.browser.newContext({ viewport: PHONE });
    const staff = await staffContext.newPage();
    staff.setDefaultTimeout(15_000);
    const problems = watchForProblems(staff);
    await signInAt(staff, `${started.server.url}/operator/breaches`, OPERATOR_ADMIN.email, 'Datalekken');
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

    const adminContext = await started.browser.newContext({ viewport: PHONE });
    const admin = await adminContext.newPage();
    await signInAt(admin, `${started.server.url}/admin/breaches`, 'beheerder@voorbeeld.nl', 'Datalekken');
    const seen = admin.getByRole('listitem').filter({ hasText: DESCRIPTION });
    await seen.getByText('De export bevatte alleen namen van fictieve testaccounts.').waitFor();
  });
});
