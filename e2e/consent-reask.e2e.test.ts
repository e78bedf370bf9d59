import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../test/support/test-server.js';
import { watchForProblems } from './support/page-problems.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

// @promise P16 a new version of the privacy statement asks for cookie consent again
describe('the cookie notice after a new privacy statement (P16, P3)', () => {
  const journey = useServerAndBrowser();

  it('asks again after the operator publishes a new version, and not before', async () => {
    const { server, browser } = journey;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(server.url);
    const notice = page.getByRole('region', { name: 'Cookies en inhoud van derden' });
    await notice.getByRole('button', { name: 'Alles weigeren', exact: true }).click();
    await notice.waitFor({ state: 'detached' });

    // Same version: the choice holds on the next visit.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('contentinfo').waitFor();
    expect(await notice.count()).toBe(0);

    // The operator publishes version 2, in another browser.
    const operator = await browser.newContext();
    const post = (path: string, data: unknown) =>
      operator.request.post(`${server.url}${path}`, { data, headers: { Origin: server.url } });
    expect(
      (await post('/api/auth/login', { email: 'operator@baken.local', password: DEMO_PASSWORD })).status(),
    ).toBe(200);
    const published = await post('/api/privacy/statement/versions', {
      introduction: { nl: 'Nieuwe inleiding over analytics.', en: 'A new introduction about analytics.' },
      closing: { nl: '', en: '' },
      changeSummary: { nl: 'Statistiek anders beschreven.', en: 'Analytics described differently.' },
    });
    expect(published.status()).toBe(201);
    await operator.close();

    await page.reload();
    await notice.waitFor();
    expect(await notice.getByText('De privacyverklaring is gewijzigd sinds u koos.').isVisible()).toBe(true);
    await notice.getByRole('button', { name: 'Alles weigeren', exact: true }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('contentinfo').waitFor();
    expect(await notice.count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
