import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../test/support/test-server.js';

/** Opens a page that needs signing in, signs in there (Dutch form) and waits for its heading. */
export async function signInAt(page: Page, url: string, email: string, heading: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
