import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

const ADMIN = { email: 'beheerder@voorbeeld.nl', name: 'Anna de Vries' };
const PHONE = { width: 390, height: 844 };

/** A code from the authenticator app `seconds` from now; the server accepts one step either side. */
function totpCode(secret: string, seconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + seconds });
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The first step of the Dutch login page; leaves the browser on whatever follows. */
async function enterPassword(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill(ADMIN.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function openAccountMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: ADMIN.name });
  await button.click();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
}

describe('accounts in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  // First, while the admin signs in with a password only (the next test adds a second factor).
  it('lets an admin find, invite and deactivate people, create and revoke an API key, and read the audit log', async () => {
    const page = await phone();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/users`);
    await heading(page, 'Inloggen');
    await enterPassword(page);
    await heading(page, 'Gebruikers');

    await page.getByLabel('Zoeken op naam, e-mailadres of functie').fill('burgemeester');
    await page.getByText('1 persoon', { exact: true }).waitFor();
    const bram = page.getByRole('listitem', { name: 'Bram Jansen' });
    await bram.getByRole('button', { name: 'Deactiveren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bram Jansen deactiveren?' });
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('Bram Jansen is gedeactiveerd en op alle apparaten afgemeld.').waitFor();
    await bram.getByText('Gedeactiveerd', { exact: true }).waitFor();
    await bram.getByRole('button', { name: 'Heractiveren' }).click();
    await page
      .getByRole('dialog', { name: 'Bram Jansen heractiveren?' })
      .getByRole('button', { name: 'Heractiveren' })
      .click();
    await bram.getByText('Actief', { exact: true }).waitFor();

    await page.getByLabel('Zoeken op naam, e-mailadres of functie').fill('');
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    // Nothing sent yet: the summary links to the empty fields, and the field says what is missing.
    await page.getByRole('link', { name: 'Naam: Vul een naam in.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('invite-name');
    expect(await page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Naam', { exact: true }).fill('Fleur de Boer');
    await page.getByLabel('E-mailadres', { exact: true }).fill('fleur@voorbeeld.nl');
    await page.getByLabel('Functie (optioneel)').fill('Woordvoerder');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('De uitnodiging voor Fleur de Boer is verstuurd naar fleur@voorbeeld.nl.').waitFor();
    await page.getByRole('listitem', { name: 'Fleur de Boer' }).getByText('Uitgenodigd').waitFor();

    await openAccountMenu(page);
    await page.getByRole('link', { name: 'API-sleutels', exact: true }).click();
    await heading(page, 'API-sleutels');
    await page.getByLabel('Naam', { exact: true }).fill('Brandmeldcentrale gemeentehuis');
    await page.getByLabel('Incidenten aanmaken en wijzigen').check();
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    const key = await page.getByLabel('API-sleutel', { exact: true }).inputValue();
    expect(key).toMatch(/^bkn_/);
    await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    // Shown once: the list has only its first characters.
    expect(await page.getByText(key).count()).toBe(0);
    const apiKey = page.getByRole('listitem', { name: 'Brandmeldcentrale gemeentehuis' });
    await apiKey.getByText('Incidenten lezen, Incidenten aanmaken en wijzigen').waitFor();
    await apiKey.getByRole('button', { name: 'Intrekken' }).click();
    await page
      .getByRole('dialog', { name: 'Sleutel ‘Brandmeldcentrale gemeentehuis’ intrekken?' })
      .getByRole('button', { name: 'Intrekken' })
      .click();
    await apiKey.getByRole('term').getByText('Ingetrokken').waitFor();
    expect(await apiKey.getByRole('button', { name: 'Intrekken' }).count()).toBe(0);

    await openAccountMenu(page);
    await page.getByRole('link', { name: 'Auditlog', exact: true }).click();
    await heading(page, 'Auditlog');
    await page.getByLabel('Toon', { exact: true }).selectOption({ label: 'Gebruiker gedeactiveerd' });
    const rows = page.getByRole('table').getByRole('row');
    await rows.nth(1).getByText('Gebruiker gedeactiveerd').waitFor();
    expect(await rows.count()).toBe(2);
    await rows.nth(1).getByText(ADMIN.name).waitFor();

    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);

    // Signed out, so this session is not among the next test's two.
    await openAccountMenu(page);
    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await page.getByText('U bent afgemeld.').waitFor();
  }, 120_000);

  it('sets up a second factor, signs in with it, switches to English, and ends another session', async () => {
    const page = await phone();
    const problems = watchForProblems(page);

    // A page that needs signing in goes to the login page, and back after.
    await page.goto(`${server.url}/security`);
    await heading(page, 'Inloggen');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/security');
    await enterPassword(page);
    await heading(page, 'Beveiliging');

    await page.getByRole('button', { name: 'Authenticator-app instellen' }).click();
    const qrCode = page.getByRole('img', { name: 'QR-code om te scannen met uw authenticator-app' });
    expect(await qrCode.getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
    const secret = (await page.getByLabel('Lukt scannen niet? Vul deze sleutel in').inputValue()).replace(
      /\s/g,
      '',
    );
    await page.getByLabel('Code uit de app').fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    const recoveryCodes = page.getByRole('region', { name: 'Bewaar uw herstelcodes' }).getByRole('listitem');
    await recoveryCodes.first().waitFor();
    const codes = await recoveryCodes.allTextContents();
    expect(codes).toHaveLength(10);
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await page.getByText('Ingesteld', { exact: true }).waitFor();

    await openAccountMenu(page);
    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await page.getByText('U bent afgemeld.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    // The code step; the code of the next time step, as the set-up used this one.
    await enterPassword(page);
    await page.getByRole('heading', { name: 'Code uit uw authenticator-app' }).waitFor();
    await page.getByLabel('Code van zes cijfers').fill(await totpCode(secret, 30));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page, /^Overzicht en rust/);

    await openAccountMenu(page);
    await page.getByRole('link', { name: 'Profiel', exact: true }).click();
    await heading(page, 'Profiel');
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await heading(page, 'Profile');
    await page.getByText('Your details have been saved.').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // Stored with the account, not only on this device: forget the device's choice and reload.
    await page.evaluate(() => localStorage.removeItem('baken.language'));
    await page.reload();
    await heading(page, 'Profile');
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('en');

    // A second device signs in, with a recovery code this time.
    const other = await phone();
    await other.goto(`${server.url}/login`);
    await enterPassword(other);
    await other.getByRole('button', { name: 'Geen toegang tot de app? Gebruik een herstelcode' }).click();
    await other.getByLabel('Herstelcode', { exact: true }).fill(codes[0] ?? '');
    await other.getByRole('button', { name: 'Inloggen' }).click();
    // The account's language follows to the new device.
    await heading(other, 'Overview and calm when it matters most');
    await other.getByRole('button', { name: ADMIN.name }).waitFor();

    await openAccountMenu(page);
    await page.getByRole('link', { name: 'Security', exact: true }).click();
    const sessions = page.getByRole('region', { name: 'My sessions' }).getByRole('listitem');
    await sessions.nth(1).waitFor();
    expect(await sessions.count()).toBe(2);
    await sessions.filter({ hasText: 'This session' }).waitFor();
    await sessions
      .filter({ hasNotText: 'This session' })
      .getByRole('button', { name: /^Sign out/ })
      .click();
    await page.getByText(/^The session on .+ has been signed out\.$/).waitFor();
    await expect.poll(() => sessions.count()).toBe(1);

    // The other device learns it at its next request: one of its own (the home page asks for the
    // person's alerts) or, here, when it comes back online; it is sent to sign in and told why.
    await other.evaluate(() => window.dispatchEvent(new Event('online')));
    await heading(other, 'Sign in');
    await other
      .getByText('You have been signed out: your session was ended or has expired.', { exact: false })
      .waitFor();
    expect(new URL(other.url()).pathname).toBe('/login');

    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 120_000);
});
