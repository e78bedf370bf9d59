import { describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { DEMO_PASSWORD } from '../test/support/test-server.js';
import { watchForProblems } from './support/page-problems.js';
import { useServerBrowserAndMail } from './support/server-and-browser.js';

const PHONE = { width: 390, height: 844 };
const VISITOR = { name: 'Eva Jansen', email: 'eva.jansen@voorbeeld-burger.nl' };

// @promise P17, P18 a visitor without an account files an erasure request, confirmed by e-mail, and the operator sees it
describe('a privacy request through the public form, in the browser', () => {
  const journey = useServerBrowserAndMail();

  it('files an erasure request without an account, confirms it by e-mail, and the operator handles it', async () => {
    const { server, smtp, browser } = journey;
    const visitorContext = await browser.newContext({ viewport: PHONE });
    const page = await visitorContext.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/privacy`);
    await page.getByRole('link', { name: 'Dien een privacyverzoek in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverzoek zonder account' }).waitFor();
    await page.getByLabel('Uw naam').fill(VISITOR.name);
    await page.getByLabel('Uw e-mailadres').fill(VISITOR.email);
    // The right is chosen with the keyboard, like any radio button.
    await page.getByRole('radio', { name: 'Verwijdering' }).focus();
    await page.keyboard.press('Space');
    await page
      .getByLabel(/Toelichting/)
      .fill('Ik heb ooit een proefaccount gehad; verwijder alles over mij.');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByText(/Bijna klaar/).waitFor();

    await smtp.waitForCount(1);
    const mail = smtp.received.find((received) => received.to.includes(VISITOR.email));
    expect(mail?.subject).toMatch(/Bevestig uw privacyverzoek \(verwijdering\)/);
    const link = new RegExp(`${server.url}/privacy/request/confirm#[\\w-]+`).exec(mail?.text ?? '')?.[0];
    expect(link).toBeDefined();
    await page.goto(link ?? '');
    await page.getByText(/Uw verzoek is ontvangen\. Wij antwoorden uiterlijk/).waitFor();
    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);

    const staffContext = await browser.newContext({ viewport: PHONE });
    const staff = await staffContext.newPage();
    await staff.goto(`${server.url}/operator/privacy-requests`);
    await staff.getByLabel('E-mailadres').fill(OPERATOR_ADMIN.email);
    await staff.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await staff.getByRole('button', { name: 'Inloggen' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Privacyverzoeken' }).waitFor();
    const item = staff.getByRole('listitem').filter({
      has: staff.getByRole('heading', { level: 3, name: `Verwijdering — ${VISITOR.name}` }),
    });
    await item.getByText(/Uiterlijk/).waitFor();
    await item.getByRole('button', { name: 'Openen' }).click();
    await item.getByText(VISITOR.email).waitFor();
    await item.getByText('E-mailadres bevestigd').waitFor();

    // Reasonable doubt remains: the handler asks for a masked ID copy and says why.
    const ask = item.getByRole('form', { name: 'Kopie identiteitsbewijs vragen' });
    await ask.getByLabel('Reden').fill('Er zijn twee mensen met deze naam bij ons bekend.');
    await ask.getByRole('button', { name: 'Versturen' }).click();
    await item.getByText('Wacht op identiteit', { exact: false }).first().waitFor();
    // After the confirmation came an acknowledgement (with a link to withdraw); now the request for an ID copy.
    await expect
      .poll(() => smtp.received.some((received) => /identiteit vaststellen/.test(received.subject)), {
        timeout: 30_000,
      })
      .toBe(true);
    const askMail = smtp.received.find((received) => /identiteit vaststellen/.test(received.subject));
    expect(askMail?.text).toContain('burgerservicenummer (BSN)');
    const uploadLink = new RegExp(`${server.url}/privacy/request/id-copy#[\\w.-]+`).exec(
      askMail?.text ?? '',
    )?.[0];
    expect(uploadLink).toBeDefined();

    await page.goto(uploadLink ?? '');
    await page.getByText(/Scherm eerst uw burgerservicenummer/).waitFor();
    await page.getByLabel(/Bestand/).setInputFiles({
      name: 'paspoort-afgeschermd.png',
      mimeType: 'image/png',
      buffer: Buffer.from('afgeschermde kopie van een paspoort'),
    });
    await page.getByRole('button', { name: 'Kopie versturen' }).click();
    await page.getByText(/Ontvangen\. De behandelaar controleert de kopie/).waitFor();

    await staff.reload();
    await item.getByRole('button', { name: 'Openen' }).click();
    await item.getByRole('button', { name: 'Kopie identiteitsbewijs bekijken' }).waitFor();
    await item.getByRole('button', { name: 'Identiteit vastgesteld (kopie verwijderen)' }).click();
    await item.getByText('Identiteitsbewijs gecontroleerd').waitFor();
    await item.getByText('Kopie identiteitsbewijs verwijderd').waitFor();

    const answer = item.getByRole('form', { name: 'Beantwoorden en afsluiten' });
    await answer.getByLabel('Antwoord aan de verzoeker').fill('Wij hebben uw gegevens verwijderd.');
    await answer.getByRole('button', { name: 'Beantwoorden en afsluiten' }).click();
    await item.getByText(/^Beantwoord ·/).waitFor();
    await expect
      .poll(() => smtp.received.some((received) => /antwoord op uw privacyverzoek/.test(received.subject)), {
        timeout: 30_000,
      })
      .toBe(true);
    const answerMail = smtp.received.find((received) =>
      /antwoord op uw privacyverzoek/.test(received.subject),
    );
    expect(answerMail?.to).toEqual([VISITOR.email]);
    expect(answerMail?.text).toContain('Autoriteit Persoonsgegevens');
    expect(answerMail?.text).toContain('Verwerkingsverantwoordelijke');
  }, 120_000);

  it('lets a signed-in person file a request with their password, by keyboard on a phone', async () => {
    const { server, browser } = journey;
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/privacy-requests`);
    await page.getByLabel('E-mailadres').fill('burgemeester@voorbeeld.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverzoek indienen' }).waitFor();
    await page.getByText('U heeft nog geen verzoeken ingediend.').waitFor();
    await page.getByRole('radio', { name: 'Rectificatie' }).check();
    await page.getByLabel(/Toelichting/).fill('Mijn functie in het oude logboek klopt niet.');
    await page.getByLabel('Uw wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Uw wachtwoord', { exact: true }).press('Enter');
    await page.getByText(/Uw verzoek is ingediend\. Wij antwoorden uiterlijk/).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Rectificatie — Open' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 90_000);
});
