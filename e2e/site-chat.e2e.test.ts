import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../common/privacy/browser-storage.js';
import type { DatabaseHandle } from '../server/db/database.js';
import { openPostgres } from '../server/db/open-postgres.js';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { declaredStorage } from '../server/modules/privacy/cookie-register.js';
import { runRetention } from '../server/modules/privacy/retention/run-retention.js';
import { createPostgresDatabase } from '../test/support/test-database.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const QUESTION = 'Kan Baken ook alarmeren via sms?';
const ANSWER = 'Ja, via een sms-gateway. Zal ik u de handleiding mailen?';
const ADDRESS = 'eva.jansen@voorbeeld-bezoeker.nl';

/** Everything this page keeps in the browser: cookies and web storage, each with the register's category. */
async function stored(context: BrowserContext, page: Page) {
  const keys = await page.evaluate(() => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
  }));
  return [
    ...(await context.cookies()).map((cookie) => ({ mechanism: 'cookie' as const, name: cookie.name })),
    ...keys.localStorage.map((name) => ({ mechanism: 'localStorage' as const, name })),
    ...keys.sessionStorage.map((name) => ({ mechanism: 'sessionStorage' as const, name })),
  ].map((item) => ({
    item: `${item.mechanism}:${item.name}`,
    category: declaredStorage(item.mechanism, item.name)?.category,
  }));
}

const chatKey = `localStorage:${STORAGE_KEYS.siteChat.key}`;

// @promise P9 a visitor asks a question, staff answer live and ask for an address, the visitor confirms, and the retention run deletes it all
describe('the website chat, in the browser (P9)', () => {
  let server: TestServer;
  let browser: Browser;
  let database: { url: string; drop(): Promise<void> };
  let handle: DatabaseHandle;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // On PostgreSQL, so this test can run the nightly retention job against the server's own data.
    database = await createPostgresDatabase();
    browser = await launchBrowser();
    server = await startTestServer({ env: { DATABASE_URL: database.url, DEMO: 'true' } });
    handle = await openPostgres(database.url);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await handle?.close();
    await database?.drop();
  });

  it('runs from question to confirmation, live on both sides, and is gone after the retention run', async () => {
    const visitorContext = await browser.newContext({ viewport: PHONE });
    contexts.push(visitorContext);
    const visitor = await visitorContext.newPage();
    const problems = watchForProblems(visitor);
    const chatCalls: string[] = [];
    visitor.on('request', (request) => {
      if (request.url().includes('/api/site-chat')) chatCalls.push(`${request.method()} ${request.url()}`);
    });
    await visitor.goto(server.url);
    await visitor.getByRole('heading', { level: 1 }).first().waitFor();

    // Opening the chat stores nothing and asks the server nothing.
    const opener = visitor.getByRole('button', { name: 'Stel een vraag' });
    await opener.click();
    const panel = visitor.getByRole('dialog', { name: 'Chat met Baken' });
    await panel.waitFor();
    expect(
      await panel
        .getByRole('heading', { name: 'Chat met Baken' })
        .evaluate((node) => node === document.activeElement),
    ).toBe(true);
    await panel.getByText(/Uw browser bewaart pas iets/).waitFor();
    expect((await stored(visitorContext, visitor)).map((entry) => entry.item)).not.toContain(chatKey);
    expect(chatCalls).toEqual([]);
    // Escape closes it and gives focus back to the button; the keyboard opens it again.
    await visitor.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await opener.evaluate((node) => node === document.activeElement)).toBe(true);
    await visitor.keyboard.press('Enter');
    await panel.waitFor();

    await panel.getByLabel('Uw bericht').fill(QUESTION);
    await panel.getByRole('button', { name: 'Versturen' }).click();
    const log = panel.getByRole('log', { name: 'Gesprek' });
    await log.getByText(QUESTION).waitFor();
    // Now, and only now, the conversation's key is stored: declared in the register as functional.
    const afterStart = await stored(visitorContext, visitor);
    expect(afterStart.map((entry) => entry.item)).toContain(chatKey);
    expect(afterStart.filter((entry) => entry.category === undefined)).toEqual([]);

    const staffContext = await browser.newContext({ viewport: DESKTOP });
    contexts.push(staffContext);
    const staff = await staffContext.newPage();
    const staffProblems = watchForProblems(staff);
    await staff.goto(`${server.url}/operator/site-chat`);
    await staff.getByLabel('E-mailadres').fill(OPERATOR_ADMIN.email);
    await staff.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await staff.getByRole('button', { name: 'Inloggen' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Websitechat' }).waitFor();
    const inbox = staff.getByRole('navigation', { name: 'Gesprekken' });
    await inbox.getByRole('link', { name: /Wacht/ }).filter({ hasText: QUESTION }).click();
    const conversation = staff.getByRole('article');
    await conversation.getByText(QUESTION).waitFor();
    await staff.getByText('Live bijgewerkt').waitFor();

    await conversation.getByLabel('Antwoord', { exact: true }).fill(ANSWER);
    await conversation.getByRole('button', { name: 'Antwoord versturen' }).click();
    // The visitor sees the answer without reloading.
    await log.getByText(ANSWER).waitFor();

    // A reload reads the conversation back from the stored key.
    await visitor.reload();
    await visitor.getByRole('button', { name: 'Stel een vraag' }).click();
    await panel.getByRole('log', { name: 'Gesprek' }).getByText(ANSWER).waitFor();

    await conversation.getByText('Contactgegevens vragen').click();
    await conversation.getByRole('checkbox', { name: 'E-mailadres' }).check();
    await conversation.getByLabel('Waarom (de bezoeker leest dit)').fill('Om u de handleiding te sturen.');
    await conversation.getByRole('button', { name: 'Vragen', exact: true }).click();

    const contactForm = panel.getByRole('group', { name: 'Een medewerker vraagt om uw gegevens' });
    await contactForm.getByText('Waarom: Om u de handleiding te sturen.').waitFor();
    // Only the field staff asked for, and it is optional.
    expect(await contactForm.getByRole('textbox').count()).toBe(1);
    await contactForm.getByLabel(/E-mailadres/).fill(ADDRESS);
    await contactForm.getByRole('button', { name: 'Gegevens versturen' }).click();
    await conversation.getByText(ADDRESS).waitFor();

    await conversation.getByRole('button', { name: 'Markeren als beantwoord' }).click();
    const satisfaction = panel.getByRole('group', { name: 'Is uw vraag beantwoord?' });
    await satisfaction.getByRole('button', { name: 'Ja, bedankt' }).click();
    await panel.getByText(/Fijn dat uw vraag beantwoord is/).waitFor();
    await conversation.getByText('De bezoeker is tevreden.').waitFor();

    // The nightly run after the confirmation deletes the conversation, its messages and the address.
    const report = await runRetention(handle, new Date(Date.now() + 60_000));
    expect(report.purged.site_chat_conversations).toBe(1);
    const left = await handle.executeSql(
      `select (select count(*)::int from site_chat_conversations) as conversations,
              (select count(*)::int from site_chat_messages) as messages`,
    );
    expect(left.rows[0]).toEqual({ conversations: 0, messages: 0 });

    await visitor.reload();
    await visitor.getByRole('button', { name: 'Stel een vraag' }).click();
    await panel.getByText('Dit gesprek bestaat niet meer', { exact: false }).waitFor();
    expect((await stored(visitorContext, visitor)).map((entry) => entry.item)).not.toContain(chatKey);
    await staff.reload();
    await staff.getByText('Er zijn geen gesprekken.').waitFor();

    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations()).toEqual([]);
    // The one failed request is the read-back of the deleted conversation (404), which the widget explains.
    expect(problems.consoleErrors.filter((text) => !/404/.test(text))).toEqual([]);
    expect(staffProblems.pageErrors).toEqual([]);
    expect(staffProblems.consoleErrors.filter((text) => !/404/.test(text))).toEqual([]);
  }, 180_000);
});
