import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpTestServer, startSmtpTestServer } from '../test/support/smtp-test-server.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';
import { expectPhoneReady, heading, PHONE, signIn } from './support/phone-journey.js';

// Demo people (server/modules/demo/demo-organisation.ts): Anna is the admin; Carla has no app
// installed, so her alert goes out by e-mail, as the demo's default channels say.
const ANNA = { email: 'beheerder@voorbeeld.nl', name: 'Anna de Vries' };
const CARLA = { email: 'communicatie@voorbeeld.nl', name: 'Carla Bakker' };
const TITLE = 'Oefening bereikbaarheid communicatie';
const TEXT = 'Laat even weten of u binnen het uur op het stadhuis kunt zijn.';

/** The token of the response link in a mail (after `#`, so it never reaches a server log). */
function responseTokenIn(text: string): string {
  const match = /\/respond#([A-Za-z0-9_-]{44})/.exec(text);
  if (!match?.[1]) throw new Error(`No response link in the mail:\n${text.slice(0, 500)}`);
  return match[1];
}

describe('the alerts page: an alert without an incident, answered from the e-mail', () => {
  let server: TestServer;
  let smtp: SmtpTestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function phone(): Promise<Page> {
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    [browser, smtp] = await Promise.all([launchBrowser(), startSmtpTestServer()]);
    server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('Anna alerts Carla for an exercise from "Alarmeringen"; Carla answers through the e-mail link and Anna’s board shows it live', async () => {
    const anna = await phone();
    const annaProblems = watchForProblems(anna);
    await anna.goto(`${server.url}/login`);
    await signIn(anna, ANNA.email);
    await anna.getByRole('button', { name: ANNA.name }).waitFor();
    await anna
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Alarmeringen' })
      .click();
    await heading(anna, 'Alarmeringen');
    await anna.getByText('Er is nog niemand gealarmeerd.').waitFor();
    await expectPhoneReady(anna);

    // The form starts empty: no incident to take a title from; crisis until "exercise" is ticked.
    await anna.getByRole('button', { name: 'Alarmeren' }).click();
    const formHeading = anna.getByRole('heading', { level: 3, name: 'Alarmeren zonder incident' });
    await formHeading.waitFor();
    expect(await formHeading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await anna.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
    expect(await anna.getByRole('radio', { name: 'Crisis' }).isChecked()).toBe(true);
    await anna.getByRole('checkbox', { name: 'Dit is een oefening' }).check();
    expect(await anna.getByRole('radio', { name: 'Normaal' }).isChecked()).toBe(true);

    await anna.getByLabel('Persoon zoeken').fill('Carla');
    await anna.getByRole('button', { name: `Toevoegen ${CARLA.name}` }).click();
    await anna
      .getByRole('list', { name: 'Gekozen personen' })
      .getByRole('button', { name: `Weghalen ${CARLA.name}` })
      .waitFor();
    await anna.getByLabel('Titel', { exact: true }).fill(TITLE);
    await anna.getByLabel(/^Tekst/).fill(TEXT);
    await expectPhoneReady(anna);
    await anna.getByRole('button', { name: 'Alarmering versturen' }).click();

    // Sent: said in the status line, and focus on the new alert's board, where the answers come.
    await anna
      .getByText('De alarmering is verstuurd aan 1 persoon. Hieronder ziet u de antwoorden.')
      .waitFor();
    const answers = anna.getByRole('region', { name: 'Antwoorden' });
    const boardTitle = answers.getByRole('heading', { level: 3, name: TITLE });
    await boardTitle.waitFor();
    await expect.poll(() => boardTitle.evaluate((element) => element === document.activeElement)).toBe(true);
    const line = anna
      .getByRole('list', { name: 'Alarmeringen van de organisatie' })
      .getByRole('listitem', { name: TITLE });
    await line.getByText('Zonder incident').waitFor();
    await line.getByText('Oefening', { exact: true }).waitFor();
    await line.getByText('1 gealarmeerd · 0 komen · 0 geantwoord').waitFor();
    const carlaOnBoard = answers
      .getByRole('list', { name: 'Gealarmeerde personen' })
      .getByRole('listitem', { name: CARLA.name });
    await carlaOnBoard.getByText('Nog geen antwoord', { exact: true }).waitFor();
    await expectPhoneReady(anna);
    // From here on, Anna's page must not load again: a reload would drop this marker.
    await anna.evaluate(() => Object.assign(window, { alertsPageMarker: true }));

    // The e-mail Carla received is marked as an exercise and holds her response link.
    await expect
      .poll(() => smtp.received.filter((mail) => mail.to.includes(CARLA.email)).length, { timeout: 20_000 })
      .toBe(1);
    const mail = smtp.received.find((received) => received.to.includes(CARLA.email));
    expect(mail?.subject).toMatch(/^OEFENING: /);
    expect(mail?.subject).toContain(TITLE);

    // Carla answers on her own phone, without signing in.
    const carla = await phone();
    const carlaProblems = watchForProblems(carla);
    await carla.goto(`${server.url}/respond#${responseTokenIn(mail?.text ?? '')}`);
    await heading(carla, TITLE);
    await carla.getByText(TEXT).waitFor();
    await carla.getByRole('radio', { name: '15 min' }).check();
    await carla.getByRole('button', { name: 'Ik kom' }).click();
    await carla.getByText('Uw antwoord is doorgegeven: Ik kom, over 15 minuten.').waitFor();
    await expectPhoneReady(carla);

    // Anna's board and list show it without loading again.
    await carlaOnBoard.getByText('Komt', { exact: true }).waitFor();
    await carlaOnBoard.getByText(/^over 15 minuten, rond \d\d:\d\d$/).waitFor();
    await carlaOnBoard.getByText(/^Geantwoord om \d\d:\d\d via de link$/).waitFor();
    await answers
      .getByRole('list', { name: 'Stand van de antwoorden' })
      .getByRole('listitem')
      .filter({ hasText: /^1 Komen$/ })
      .waitFor();
    await line.getByText('1 gealarmeerd · 1 komt · 1 geantwoord').waitFor();
    expect(await anna.evaluate(() => 'alertsPageMarker' in window)).toBe(true);

    for (const problems of [annaProblems, carlaProblems]) {
      expect(problems.cspViolations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    }
  }, 90_000);
});
