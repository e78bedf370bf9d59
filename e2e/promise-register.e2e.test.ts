import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_ADMIN } from '../server/modules/operator/seed-operator.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../test/support/test-server.js';
import { launchBrowser } from './support/browser.js';
import { watchForProblems } from './support/page-problems.js';

// @promise P1, P2 the register shown to operator staff, from the annotations in the code
describe('the promise register in the browser', () => {
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

  it('shows operator staff each promise with the code that keeps it and the tests that prove it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/operator/promises`);
    await page.getByLabel('E-mailadres').fill(OPERATOR_ADMIN.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacybeloften' }).waitFor();

    const dataMap = page.getByRole('listitem', { name: /^P2\b/ });
    await dataMap.getByText('Waargemaakt en bewezen').waitFor();
    await dataMap.getByText('server/modules/privacy/data-map.ts').waitFor();
    await dataMap.getByText('test/privacy/data-map.test.ts').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(21);

    expect(problems.cspViolations()).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
