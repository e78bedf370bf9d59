import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { freePort } from './support/free-port.js';
import { watchForProblems } from './support/page-problems.js';

const PHONE = { width: 390, height: 844 };
const FOUNDER = {
  name: 'Sanne Bakker',
  email: 'sanne@waterschap-test.nl',
  password: 'dijken houden het water tegen',
};
const COLLEAGUE = {
  name: 'Joris Visser',
  email: 'joris@waterschap-test.nl',
  password: 'gemaal draait de hele nacht',
};

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** Undoes quoted-printable: soft line breaks (`=` at a line end) and `=XX` escapes such as `=3D`. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The first link in the mail to `path` of the app. */
function linkIn(mail: ReceivedMail, baseUrl: string, path: string): string {
  const text = decodeQuotedPrintable(mail.raw);
  const escaped = `${baseUrl}${path}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}\\?[^\\s"<>]+`).exec(text);
  if (!match) throw new Error(`No ${path} link in the mail:\n${text}`);
  return match[0].replace(/&amp;/g, '&');
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

function totpCode(secret: string, seconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + seconds });
}

describe('from signing up to a colleague with a second factor, with real e-mail', () => {
  let server: TestServer;
  let smtp: SMTPServer;
  let browser: Browser;
  const mailbox: ReceivedMail[] = [];
  const contexts: BrowserContext[] = [];

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE });
    contexts.push(context);
    return context.newPage();
  }

  /** Waits for a mail to `address` that has not been looked at before. */
  async function mailTo(address: string, seen: number): Promise<ReceivedMail> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const mail = mailbox.slice(seen).find((item) => item.to.includes(address));
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No mail for ${address} arrived; the server printed:\n${server.output()}`);
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mailbox.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const address = smtp.server.address();
    const smtpPort = typeof address === 'object' && address ? address.port : 0;
    const port = await freePort();
    browser = await launchBrowser();
    server = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('signs up, verifies by mail, invites a colleague who sets up a second factor and ends a session', async () => {
    const founder = await phone();
    const founderProblems = watchForProblems(founder);

    // Sign up; the verification mail arrives at the SMTP server.
    await founder.goto(`${server.url}/signup`);
    await heading(founder, 'Organisatie registreren');
    await founder.getByLabel('Naam van de organisatie').fill('Waterschap Test');
    await founder.getByLabel('Uw naam').fill(FOUNDER.name);
    await founder.getByLabel('Uw e-mailadres').fill(FOUNDER.email);
    await founder.getByLabel('Kies een wachtwoord').fill(FOUNDER.password);
    await founder.getByRole('button', { name: 'Account aanmaken' }).click();
    await founder.getByText('Bevestig uw e-mailadres').first().waitFor();
    const verification = await mailTo(FOUNDER.email, 0);
    await founder.goto(linkIn(verification, server.url, '/verify-email'));
    await founder.getByText('Uw e-mailadres is bevestigd. U kunt nu inloggen.').waitFor();
    await founder.getByRole('link', { name: 'Naar inloggen' }).click();

    await heading(founder, 'Inloggen');
    await founder.getByLabel('E-mailadres').fill(FOUNDER.email);
    await founder.getByLabel('Wachtwoord', { exact: true }).fill(FOUNDER.password);
    await founder.getByRole('button', { name: 'Inloggen' }).click();
    await founder.getByRole('button', { name: FOUNDER.name }).click();
    await founder.getByRole('link', { name: 'Gebruikers', exact: true }).click();
    await heading(founder, 'Gebruikers');

    // Invite a colleague; the invitation arrives too.
    const seen = mailbox.length;
    await founder.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    await founder.getByLabel('Naam', { exact: true }).fill(COLLEAGUE.name);
    await founder.getByLabel('E-mailadres', { exact: true }).fill(COLLEAGUE.email);
    await founder.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await founder
      .getByText(`De uitnodiging voor ${COLLEAGUE.name} is verstuurd naar ${COLLEAGUE.email}.`)
      .waitFor();
    const invitation = await mailTo(COLLEAGUE.email, seen);

    // The colleague, on their own phone, chooses a password and is signed in.
    const colleague = await phone();
    const colleagueProblems = watchForProblems(colleague);
    await colleague.goto(linkIn(invitation, server.url, '/accept-invitation'));
    await heading(colleague, 'Welkom bij Baken');
    await colleague.getByLabel('Nieuw wachtwoord').fill(COLLEAGUE.password);
    await colleague.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    const colleagueMenu = colleague.getByRole('button', { name: COLLEAGUE.name });
    await colleagueMenu.waitFor();

    // A second factor, from the secret shown beside the QR code.
    await colleagueMenu.click();
    await colleague.getByRole('link', { name: 'Beveiliging', exact: true }).click();
    await heading(colleague, 'Beveiliging');
    await colleague.getByRole('button', { name: 'Authenticator-app instellen' }).click();
    const secret = (
      await colleague.getByLabel('Lukt scannen niet? Vul deze sleutel in').inputValue()
    ).replace(/\s/g, '');
    await colleague.getByLabel('Code uit de app').fill(await totpCode(secret));
    await colleague.getByRole('button', { name: 'Bevestigen' }).click();
    const recoveryList = colleague
      .getByRole('region', { name: 'Bewaar uw herstelcodes' })
      .getByRole('listitem');
    await recoveryList.first().waitFor();
    const recoveryCodes = await recoveryList.allTextContents();
    await colleague.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await colleague.getByText('Ingesteld', { exact: true }).waitFor();

    // Out and in again, now with a code.
    await colleagueMenu.click();
    await colleague.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await colleague.getByText('U bent afgemeld.').waitFor();
    await colleague.getByLabel('E-mailadres').fill(COLLEAGUE.email);
    await colleague.getByLabel('Wachtwoord', { exact: true }).fill(COLLEAGUE.password);
    await colleague.getByRole('button', { name: 'Inloggen' }).click();
    await colleague.getByRole('heading', { name: 'Code uit uw authenticator-app' }).waitFor();
    // One step ahead: the code used while setting up may not be used twice.
    await colleague.getByLabel('Code van zes cijfers').fill(await totpCode(secret, 30));
    await colleague.getByRole('button', { name: 'Inloggen' }).click();
    await colleagueMenu.waitFor();

    // English, from the switch in the header; the account remembers it.
    await colleague.getByRole('button', { name: 'English' }).click();
    await colleague.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await colleague.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // A third device signs in too; the colleague sees that session and ends it.
    const laptop = await phone();
    const laptopProblems = watchForProblems(laptop);
    await laptop.goto(`${server.url}/login`);
    await laptop.getByLabel('E-mailadres').fill(COLLEAGUE.email);
    await laptop.getByLabel('Wachtwoord', { exact: true }).fill(COLLEAGUE.password);
    await laptop.getByRole('button', { name: 'Inloggen' }).click();
    // Both app codes of this half minute are used up: a recovery code it is.
    await laptop.getByRole('button', { name: 'Geen toegang tot de app? Gebruik een herstelcode' }).click();
    await laptop.getByLabel('Herstelcode', { exact: true }).fill(recoveryCodes[0]?.trim() ?? '');
    await laptop.getByRole('button', { name: 'Inloggen' }).click();
    await laptop.getByRole('button', { name: COLLEAGUE.name }).waitFor();

    // Until its session is ended the laptop reports nothing broken; after that its own requests
    // are refused (401), which is what ending a session means.
    const laptopBeforeEnd = {
      csp: laptopProblems.cspViolations(),
      pageErrors: [...laptopProblems.pageErrors],
      consoleErrors: [...laptopProblems.consoleErrors],
    };

    await colleagueMenu.click();
    await colleague.getByRole('link', { name: 'Security', exact: true }).click();
    await heading(colleague, 'Security');
    const sessions = colleague.getByRole('region', { name: 'My sessions' }).getByRole('listitem');
    await sessions.nth(1).waitFor();
    expect(await sessions.count()).toBe(2);
    await sessions
      .filter({ hasNotText: 'This session' })
      .getByRole('button', { name: /^Sign out/ })
      .click();
    await colleague.getByText(/^The session on .+ has been signed out\.$/).waitFor();
    await expect.poll(() => sessions.count()).toBe(1);

    // The laptop learns it at its next request and is sent to sign in, told why (in English: the
    // account chose it before the laptop signed in).
    await laptop.evaluate(() => window.dispatchEvent(new Event('online')));
    await laptop
      .getByText('You have been signed out: your session was ended or has expired.', { exact: false })
      .waitFor();
    expect(new URL(laptop.url()).pathname).toBe('/login');

    for (const problems of [founderProblems, colleagueProblems]) {
      expect(problems.cspViolations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    }
    expect(laptopBeforeEnd).toEqual({ csp: [], pageErrors: [], consoleErrors: [] });
    expect(laptopProblems.pageErrors).toEqual([]);
  }, 180_000);
});
