import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

// Demo people (server/modules/demo/demo-organisation.ts): Anna starts incidents; Daan is in both
// teams of "Brand in gebouw", so he takes part without being added by hand.
const ANNA = { email: 'beheerder@voorbeeld.nl', name: 'Anna de Vries' };
const DAAN = { email: 'notulist@voorbeeld.nl', name: 'Daan Visser' };
const SCENARIO = 'Brand in gebouw';
const FIRST_TASK = 'Ontruiming bevestigen bij BHV';
// A phone held upright, as someone called out at night would use it.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
// What i18next shows for a key it has no text for, e.g. `incidentRoom.tabs.logbook`.
const UNTRANSLATED_KEY = /\b[a-z]+[A-Z][A-Za-z]*(\.[a-z][A-Za-z]*)+\b/;

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function signIn(page: Page, email: string): Promise<void> {
  await heading(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** A task's button, "Afronden: <title>" (the title is there for screen readers only). */
function forTask(action: string, title: string): RegExp {
  return new RegExp(`^${action}\\s*: ${title}$`);
}

/** Checks the screen as a phone user sees it: nothing wider than the phone, no untranslated keys. */
async function expectPhoneReady(page: Page): Promise<void> {
  const screen = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    text: document.body.textContent ?? '',
  }));
  expect(screen.width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(screen.viewport);
  expect(screen.text).not.toMatch(UNTRANSLATED_KEY);
}

/** Fails when part of the element lies left or right of the phone's screen. */
async function expectOnScreen(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const width = locator.page().viewportSize()?.width ?? 0;
  expect(box, 'the element is shown').not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
}

/** The text of every page of a PDF, with line breaks and runs of spaces made single spaces. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocumentProxy(bytes);
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('an incident from start to report, on two phones', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function phone(): Promise<Page> {
    const context = await browser.newContext(PHONE);
    // Well inside the test's minute, so a step that hangs says which one it was.
    context.setDefaultTimeout(10_000);
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

  it('starts "Brand in gebouw", shares a logbook entry live, completes a task and downloads the report', async () => {
    const anna = await phone();
    const annaProblems = watchForProblems(anna);
    await anna.goto(`${server.url}/login`);
    await signIn(anna, ANNA.email);
    await anna.getByRole('button', { name: ANNA.name }).waitFor();

    await anna
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Incidenten', exact: true })
      .click();
    await heading(anna, 'Incidenten');
    await anna.getByText('Er zijn geen actieve incidenten.').waitFor();
    await expectPhoneReady(anna);

    // The start wizard: scenario, details, team, confirm.
    await anna.getByRole('link', { name: 'Incident starten' }).click();
    await heading(anna, 'Incident starten');
    await anna.getByRole('button', { name: new RegExp(`^${SCENARIO}`) }).click();
    await anna.getByRole('heading', { level: 2, name: 'Stap 2 van 4 Gegevens' }).waitFor();
    expect(await anna.getByLabel('Titel', { exact: true }).inputValue()).toBe(SCENARIO);
    expect(await anna.getByLabel('Labels').inputValue()).toBe('Brand, Ontruiming');
    await expectPhoneReady(anna);
    await anna.getByRole('button', { name: 'Volgende' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Stap 3 van 4 Team' }).waitFor();
    // Five people in two teams of four and three: Anna and Daan are in both, and count once.
    await anna.getByRole('heading', { level: 3, name: '5 personen' }).waitFor();
    // Daan is in both teams, each time with the role he holds there.
    const roleIn = (team: string) =>
      anna.getByRole('combobox', { name: `Rol van ${DAAN.name} (${team})` }).locator('option:checked');
    expect(await roleIn('Gemeentelijk Beleidsteam').textContent()).toBe('Notulist');
    expect(await roleIn('Operationeel Team').textContent()).toBe('Informatiemanager');
    await expectPhoneReady(anna);
    await anna.getByRole('button', { name: 'Volgende' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Stap 4 van 4 Controleren en starten' }).waitFor();
    await anna.getByText('3 acties uit het scenario').waitFor();
    await anna
      .getByRole('definition')
      .filter({ hasText: /^5 personen/ })
      .waitFor();
    await expectPhoneReady(anna);
    await anna.getByRole('button', { name: 'Incident starten' }).click();

    // The incident room, on its alerts (the participants were alerted at the start); then the logbook.
    await heading(anna, SCENARIO);
    const roomUrl = anna.url().split('?')[0] ?? '';
    const incidentId = new URL(roomUrl).pathname.split('/').at(-1) ?? '';
    expect(new URL(roomUrl).pathname).toBe(`/incidents/${incidentId}`);
    const annaTabs = anna.getByRole('navigation', { name: 'Onderdelen van het incident' });
    expect(await annaTabs.getByRole('link', { name: 'Alarmering' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await annaTabs.getByRole('link', { name: 'Logboek' }).click();
    await anna.getByLabel('Wat is er gebeurd of besloten?').waitFor();
    await expectPhoneReady(anna);

    // Daan follows a shared link on his own phone, signs in and lands in the same room.
    const daan = await phone();
    const daanProblems = watchForProblems(daan);
    const liveStream = daan.waitForResponse(
      (response) =>
        response.url().includes('/api/events?') &&
        decodeURIComponent(response.url()).includes(`incident:${incidentId}`),
    );
    await daan.goto(roomUrl);
    await signIn(daan, DAAN.email);
    await heading(daan, SCENARIO);
    expect(daan.url()).toBe(roomUrl);
    expect((await liveStream).status()).toBe(200);
    await daan.getByText(/^\d+ berichten?$/).waitFor();
    await expectPhoneReady(daan);

    // From here on, Daan's page must not load again: a reload would drop this marker.
    await daan.evaluate(() => Object.assign(window, { incidentJourneyMarker: true }));
    const logbookReads: string[] = [];
    daan.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() === 'GET' && path === `/api/incidents/${incidentId}/logbook`) {
        logbookReads.push(path);
      }
    });

    const entryText = `Rook uit de serverruimte, ontruiming loopt (${Date.now().toString(36)})`;
    await anna.getByLabel('Wat is er gebeurd of besloten?').fill(entryText);
    await anna.getByRole('button', { name: 'Toevoegen aan logboek' }).click();
    await anna.getByText(/^Bericht \d+ is toegevoegd\.$/).waitFor();
    await anna.getByRole('listitem').filter({ hasText: entryText }).waitFor();

    // Named "#<number> <time>, <author>" for screen readers.
    const daanEntry = daan
      .getByRole('listitem', { name: new RegExp(`^#\\d+ .+, ${ANNA.name}$`) })
      .filter({ hasText: entryText });
    await daanEntry.waitFor();
    expect(await daan.evaluate(() => 'incidentJourneyMarker' in window)).toBe(true);
    expect(logbookReads, 'the entry came over the live connection, not from loading again').toEqual([]);

    // Daan completes one of the scenario's first tasks.
    const daanTabs = daan.getByRole('navigation', { name: 'Onderdelen van het incident' });
    await daanTabs.getByRole('link', { name: 'Acties' }).click();
    await daan.getByRole('heading', { level: 2, name: 'Acties' }).waitFor();
    await daan.getByText('3 acties', { exact: true }).waitFor();
    const daanTask = daan.getByRole('listitem', { name: FIRST_TASK });
    await daanTask.getByText('0 van 3 afgevinkt').waitFor();
    await expectPhoneReady(daan);
    await daanTask.getByRole('button', { name: forTask('Afronden', FIRST_TASK) }).click();
    await daan.getByText(`Actie “${FIRST_TASK}”: Afgerond.`).waitFor();
    // It leaves the open tasks, and shows as done under "Afgerond".
    await daan.getByText('2 acties', { exact: true }).waitFor();
    await daan.getByRole('radio', { name: 'Afgerond' }).check();
    await daanTask.getByText('Afgerond', { exact: true }).waitFor();
    await daan.getByText('1 actie', { exact: true }).waitFor();
    expect(await daan.evaluate(() => 'incidentJourneyMarker' in window)).toBe(true);

    // Anna sees it done too, and downloads the report with the entry in it.
    await annaTabs.getByRole('link', { name: 'Acties' }).click();
    await anna.getByRole('radio', { name: 'Afgerond' }).check();
    const annaTask = anna.getByRole('listitem', { name: FIRST_TASK });
    await annaTask.getByText('Afgerond', { exact: true }).waitFor();
    await annaTask.getByRole('button', { name: forTask('Details', FIRST_TASK) }).click();
    await annaTask.getByText(`Afgerond door ${DAAN.name},`).waitFor();

    await anna.getByText('Beheer en export').click();
    const reportLink = anna.getByRole('link', { name: 'Rapport downloaden (PDF)' });
    await expectOnScreen(reportLink);
    const [download] = await Promise.all([anna.waitForEvent('download'), reportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const report = await readFile(await download.path());
    expect(report.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(new Uint8Array(report));
    expect(text).toContain(entryText);
    expect(text).toContain(FIRST_TASK);

    for (const problems of [annaProblems, daanProblems]) {
      expect(problems.cspViolations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    }
  }, 60_000);
});
