import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../test/support/test-server.js';

/** A phone held upright, as someone called out at night would use it. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

// What i18next shows for a key it has no text for, e.g. `incidentRoom.tabs.logbook`.
const UNTRANSLATED_KEY = /\b[a-z]+[A-Z][A-Za-z]*(\.[a-z][A-Za-z]*)+\b/;

/** Waits for the page's title (its one h1). */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Signs in as a demo account on the sign-in page the browser is on. */
export async function signIn(page: Page, email: string): Promise<void> {
  await heading(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Checks the screen as a phone user sees it: nothing wider than the phone, no untranslated keys. */
export async function expectPhoneReady(page: Page): Promise<void> {
  const screen = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    text: document.body.textContent ?? '',
  }));
  expect(screen.width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(screen.viewport);
  expect(screen.text).not.toMatch(UNTRANSLATED_KEY);
}
