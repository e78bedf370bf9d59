import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((address) => address.pathname !== '/login');
}

/** What the server says about telling this person of a new version (the notice's own source). */
async function toldAbout(page: Page): Promise<{ changed: boolean; seenVersion: number | null }> {
  const response = await page.context().request.get(new URL('/api/me/privacy-statement', page.url()).href);
  const { changed, seenVersion } = (await response.json()) as {
    changed: boolean;
    seenVersion: number | null;
  };
  return { changed, seenVersion };
}

// @promise P16, P20, P21
describe('the privacy statement in the browser (P16, P20, P21)', () => {
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

  it('opens from the footer, and tells a signed-in person once about a new version with its changes', async () => {
    const visitor = await browser.newPage();
    const problems = watchForProblems(visitor);
    await visitor.goto(server.url);
    await visitor.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe('/privacy');
    // The heading shows at once; the statement's date comes with its text.
    await visitor.getByText('Laatst gewijzigd:').waitFor();
    for (const name of ['Waarvoor wij gegevens verwerken', 'Cookies en opslag in uw browser', 'Uw rechten'])
      await visitor.getByRole('heading', { level: 2, name }).waitFor();
    const complaints = visitor.getByRole('region', { name: 'Klachten en de Autoriteit Persoonsgegevens' });
    await complaints.getByText('autoriteitpersoonsgegevens.nl').waitFor();
    // The table of contents is keyboard-usable: links to the sections on the page.
    await visitor
      .getByRole('navigation', { name: 'Inhoud' })
      .getByRole('link', { name: 'Uw rechten' })
      .focus();
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL((address) => address.hash === '#privacy-rights');

    const member = await browser.newPage();
    await signIn(member, server.url, 'burgemeester@voorbeeld.nl');
    await member.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await toldAbout(member)).toEqual({ changed: false, seenVersion: null });

    const operator = await browser.newPage();
    await signIn(operator, server.url, OPERATOR_ADMIN.email);
    await operator.goto(`${server.url}/operator/privacy`);
    await operator.getByRole('heading', { level: 1, name: 'Privacyverklaring beheren' }).waitFor();
    const introduction = operator.getByLabel('Inleiding (Nederlands)');
    await introduction.fill(`${await introduction.inputValue()}\n\nWij melden elke wijziging vooraf.`);
    await operator.getByLabel('Wat is er veranderd? (Nederlands)').fill('Wijzigingen worden vooraf gemeld.');
    await operator.getByLabel('Wat is er veranderd? (Engels)').fill('Changes are announced beforehand.');
    await operator.getByRole('button', { name: 'Publiceren als versie 2' }).click();
    await operator.getByText('Versie 2 is gepubliceerd.').waitFor();
    // The controller's contact details show in every page's footer as soon as they are saved (P21).
    const controller = operator.getByRole('region', {
      name: 'Contactgegevens van de verwerkingsverantwoordelijke',
    });
    await controller.getByLabel('Naam', { exact: true }).fill('Veiligheidsregio Voorbeeld');
    await controller.getByLabel('E-mailadres', { exact: true }).fill('privacy@vr-voorbeeld.nl');
    await controller.getByRole('button', { name: 'Contactgegevens opslaan' }).click();
    await operator.getByText('De contactgegevens zijn opgeslagen.').waitFor();
    await visitor.goto(`${server.url}/status`);
    const footer = visitor.getByRole('contentinfo');
    await footer.getByText('Verantwoordelijk voor uw gegevens: Veiligheidsregio Voorbeeld').waitFor();
    await footer.getByRole('link', { name: 'privacy@vr-voorbeeld.nl' }).waitFor();

    await member.reload();
    const notice = member.getByRole('region', { name: 'Privacyverklaring gewijzigd' });
    await notice.getByText('Onze privacyverklaring is gewijzigd.').waitFor();
    await notice.getByRole('link', { name: 'Lees wat er veranderd is' }).click();
    await member.getByRole('heading', { level: 2, name: 'Wijzigingen van versie 1 naar versie 2' }).waitFor();
    const inserted = member.locator('ins', { hasText: 'Wij melden elke wijziging vooraf.' });
    await expect(inserted.count()).resolves.toBeGreaterThan(0);
    // Told once: following the link recorded it, for every device of this person.
    await expect.poll(() => toldAbout(member)).toEqual({ changed: false, seenVersion: 2 });

    // Version 1 stays readable from the list of versions.
    await visitor.goto(`${server.url}/privacy`);
    await visitor.getByRole('link', { name: 'Lees versie 1' }).click();
    await visitor.getByText('U leest versie 1 van').waitFor();
    expect(await visitor.getByText('Wij melden elke wijziging vooraf.').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  }, 120_000);
});
