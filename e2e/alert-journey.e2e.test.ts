import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushTestService, startPushTestService } from '../test/support/push-test-service.js';
import { type SmtpTestServer, startSmtpTestServer } from '../test/support/smtp-test-server.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';
import { expectPhoneReady, heading, PHONE, signIn } from './support/phone-journey.js';
import {
  deliverPushMessage,
  shownNotifications,
  subscribeThisDevice,
} from './support/service-worker-push.js';

// Demo people (server/modules/demo/demo-organisation.ts): Anna starts incidents; Bram chairs the
// Gemeentelijk Beleidsteam, one of the two teams of "Brand in gebouw", so the start alerts him.
const ANNA = { email: 'beheerder@voorbeeld.nl', name: 'Anna de Vries' };
const BRAM = { email: 'burgemeester@voorbeeld.nl', name: 'Bram Jansen' };
const SCENARIO = 'Brand in gebouw';
const SCENARIO_ALERT_TEXT =
  'Brand in een gemeentelijk gebouw. Het beleidsteam komt bijeen in de uitwijklocatie (brandweerkazerne).';
// The incident's title is the alert's title: a title of its own shows the alert carries it.
const TITLE = 'Brand in het stadskantoor';

// @promise P14 push to the installed app, answered from the notification
describe('an alert at incident start, answered on another phone', () => {
  let server: TestServer;
  let pushService: PushTestService;
  let smtp: SmtpTestServer;
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
    [browser, pushService, smtp] = await Promise.all([
      launchBrowser(),
      startPushTestService(),
      startSmtpTestServer(),
    ]);
    server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await Promise.all([pushService?.close(), smtp?.close()]);
  });

  it('starts "Brand in gebouw", Bram gets the push, answers "Ik kom, 15 min", and Anna’s board shows it live', async () => {
    // Bram's phone: signed in, its service worker running, subscribed to push.
    const bram = await phone();
    await bram.context().grantPermissions(['notifications'], { origin: server.url });
    const bramProblems = watchForProblems(bram);
    await bram.goto(`${server.url}/login`);
    await signIn(bram, BRAM.email);
    await bram.getByRole('button', { name: BRAM.name }).waitFor();
    const subscription = await pushService.subscribe();
    expect(await subscribeThisDevice(bram, subscription)).toBe(201);
    // From here on, Bram's page must not load again: a reload would drop this marker.
    await bram.evaluate(() => Object.assign(window, { alertJourneyMarker: true }));

    // Anna starts the incident from the scenario; alerting the participants is on, as crisis.
    const anna = await phone();
    const annaProblems = watchForProblems(anna);
    await anna.goto(`${server.url}/incidents/new`);
    await signIn(anna, ANNA.email);
    await heading(anna, 'Incident starten');
    await anna.getByRole('button', { name: new RegExp(`^${SCENARIO}`) }).click();
    await anna.getByRole('heading', { level: 2, name: 'Stap 2 van 4 Gegevens' }).waitFor();
    await anna.getByLabel('Titel', { exact: true }).fill(TITLE);
    await anna.getByRole('button', { name: 'Volgende' }).click();
    await anna.getByRole('heading', { level: 2, name: 'Stap 3 van 4 Team' }).waitFor();
    await anna.getByRole('button', { name: 'Volgende' }).click();
    await anna.getByRole('heading', { level: 2, name: 'Stap 4 van 4 Controleren en starten' }).waitFor();
    expect(await anna.getByRole('checkbox', { name: 'Deelnemers direct alarmeren' }).isChecked()).toBe(true);
    expect(await anna.getByRole('radio', { name: 'Crisis' }).isChecked()).toBe(true);
    await anna.getByText('4 deelnemers (iedereen behalve uzelf) krijgen meteen een alarmering.').waitFor();
    await expectPhoneReady(anna);
    await anna.getByRole('button', { name: 'Incident starten' }).click();

    // The room opens on its alerts, where the answers come in; Bram has not answered yet.
    await heading(anna, TITLE);
    const annaTabs = anna.getByRole('navigation', { name: 'Onderdelen van het incident' });
    expect(await annaTabs.getByRole('link', { name: 'Alarmering' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await anna.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    const bramOnBoard = anna
      .getByRole('list', { name: 'Gealarmeerde personen' })
      .getByRole('listitem', { name: BRAM.name });
    await bramOnBoard.getByText('Nog geen antwoord', { exact: true }).waitFor();
    await expectPhoneReady(anna);
    await anna.evaluate(() => Object.assign(window, { alertJourneyMarker: true }));

    // The push message that left Baken for Bram's device holds the alert (decrypted with its key).
    await pushService.waitForCount(1);
    const message = pushService.received.find((received) => received.endpoint === subscription.endpoint);
    expect(pushService.refused).toEqual([]);
    expect(message?.payload).toMatchObject({
      type: 'baken-alert',
      title: TITLE,
      body: SCENARIO_ALERT_TEXT,
      isExercise: false,
      urgency: 'crisis',
      lang: 'nl',
    });

    // The browser hands it to the service worker: a notification, and the alert on the open page.
    expect(await shownNotifications(bram)).toEqual([]);
    await deliverPushMessage(bram, message?.payload);
    // Polled: a page cannot wait for a notification, and waitForFunction takes a Promise as true.
    await expect.poll(() => shownNotifications(bram), { timeout: 10_000 }).toContain(TITLE);
    const inbox = bram.getByRole('region', { name: 'Uw alarmeringen' });
    await inbox.getByRole('heading', { name: TITLE }).waitFor();
    await inbox.getByText(SCENARIO_ALERT_TEXT).waitFor();
    await expectPhoneReady(bram);

    await inbox.getByRole('radio', { name: '15 min' }).check();
    await inbox.getByRole('button', { name: 'Ik kom' }).click();
    await inbox.getByText('Uw antwoord is doorgegeven: Ik kom, over 15 minuten.').waitFor();
    expect(await bram.evaluate(() => 'alertJourneyMarker' in window)).toBe(true);

    // Anna's board shows it without loading again, with the arrival time.
    await bramOnBoard.getByText('Komt', { exact: true }).waitFor();
    await bramOnBoard.getByText(/^over 15 minuten, rond \d\d:\d\d$/).waitFor();
    await bramOnBoard.getByText(/^Geantwoord om \d\d:\d\d in de app$/).waitFor();
    const channels = bramOnBoard.getByRole('list', { name: `Kanalen van ${BRAM.name}` });
    await channels
      .getByRole('listitem')
      .filter({ hasText: /^App \(push\) Verstuurd om \d\d:\d\d/ })
      .waitFor();
    const counts = anna.getByRole('list', { name: 'Stand van de antwoorden' });
    await counts
      .getByRole('listitem')
      .filter({ hasText: /^1 Komen$/ })
      .waitFor();
    expect(await anna.evaluate(() => 'alertJourneyMarker' in window)).toBe(true);

    for (const problems of [annaProblems, bramProblems]) {
      expect(problems.cspViolations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    }
  }, 60_000);
});
