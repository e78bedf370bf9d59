import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../test/support/test-server.js';
import { watchForProblems } from './support/page-problems.js';
import { useServerBrowserAndMail } from './support/server-and-browser.js';

const PHONE = { width: 390, height: 844 };
const ADMIN = { email: 'beheerder@voorbeeld.nl', name: 'Anna de Vries' };
const RECIPIENT = { name: 'Nieuwe Dienst B.V.', email: 'import@nieuwedienst.example' };

// @promise P17 a person sends their data to a recipient they name; the recipient downloads it once from the e-mailed link
describe('portability to a third party, in the browser', () => {
  const journey = useServerBrowserAndMail();

  it('sends the link from "Mijn gegevens", and the recipient downloads the ZIP once', async () => {
    const { server, smtp, browser } = journey;
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/my-data`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();

    const form = page.getByRole('form', { name: 'Uw gegevens naar een ander sturen' });
    await form.getByLabel('Naam van de ontvanger').fill(RECIPIENT.name);
    await form.getByLabel('E-mailadres van de ontvanger').fill(RECIPIENT.email);
    await form.getByLabel('Uw wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Link naar de ontvanger sturen' }).click();
    await form.getByText(`De link is verstuurd naar ${RECIPIENT.email}.`).waitFor();

    await expect
      .poll(() => smtp.received.some((mail) => mail.to.includes(RECIPIENT.email)), { timeout: 30_000 })
      .toBe(true);
    const mail = smtp.received.find((received) => received.to.includes(RECIPIENT.email));
    expect(mail?.subject).toBe(`${ADMIN.name} stuurt u zijn of haar gegevens uit Baken`);
    const link = new RegExp(`${server.url}/data-transfer#[\\w-]+`).exec(mail?.text ?? '')?.[0];
    expect(link).toBeDefined();
    await expect
      .poll(() => smtp.received.some((received) => received.to.includes(ADMIN.email)), { timeout: 30_000 })
      .toBe(true);

    // The recipient, in a browser of their own, without an account.
    const recipientContext = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    const recipientPage = await recipientContext.newPage();
    await recipientPage.goto(link ?? '');
    await recipientPage.getByRole('heading', { level: 1, name: 'Gegevens downloaden' }).waitFor();
    const [file] = await Promise.all([
      recipientPage.waitForEvent('download'),
      recipientPage.getByRole('button', { name: 'ZIP-bestand downloaden' }).click(),
    ]);
    const content = await readFile(await file.path());
    expect(content.subarray(0, 2).toString()).toBe('PK');
    await recipientPage.getByText('Het bestand is gedownload.').waitFor();

    // Once only: the same link again is refused, in words.
    await recipientPage.reload();
    await recipientPage.getByRole('button', { name: 'ZIP-bestand downloaden' }).click();
    await recipientPage.getByText(/niet \(meer\) geldig/).waitFor();

    // The person sees the transfer among the recipients of their report.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    await page
      .getByRole('region', { name: 'Wie uw gegevens ontvangt' })
      .getByText(RECIPIENT.name)
      .first()
      .waitFor();
    expect(problems.pageErrors).toEqual([]);
  });
});
