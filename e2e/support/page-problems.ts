import type { Page } from 'playwright-core';

const CSP_VIOLATION = /content security policy|refused to (load|execute|apply|connect|frame)/i;

/** Collects what the page reports as broken: console errors, uncaught exceptions, CSP violations. */
export function watchForProblems(page: Page) {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    // The location names the resource behind a "Failed to load resource", so a failure says which.
    if (message.type() !== 'error') return;
    const where = message.location().url;
    consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    consoleErrors,
    pageErrors,
    cspViolations: () => [...consoleErrors, ...pageErrors].filter((text) => CSP_VIOLATION.test(text)),
  };
}
