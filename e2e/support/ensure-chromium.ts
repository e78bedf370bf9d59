import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium: playwright-core drives it, nothing is downloaded from a third party. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Installs Chromium when it is missing and we run as root. Called once from the test run's global
 * setup: two browser test files installing at the same time would fight over apt's lock.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install chromium`,
    );
  }
  console.log(
    `Chromium is missing at ${CHROMIUM_PATH}: installing it now with apt-get (this takes a minute or two).`,
  );
  execSync('apt-get update && apt-get install -y chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
