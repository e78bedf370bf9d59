import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type SmtpTestServer, startSmtpTestServer } from '../../test/support/smtp-test-server.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../../test/support/test-server.js';
import { launchBrowser } from './browser.js';
import { freePort } from './free-port.js';

export interface ServerAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

export interface ServerBrowserAndMail extends ServerAndBrowser {
  readonly smtp: SmtpTestServer;
}

/** What the hooks start, read in a test (after they ran): reading it earlier fails loudly. */
function whenStarted<T extends object>(started: Partial<T>): T {
  return new Proxy(started, {
    get(target, name) {
      const value = Reflect.get(target, name);
      if (value === undefined) throw new Error(`${String(name)} is not started: read it inside a test`);
      return value;
    },
  }) as T;
}

/**
 * Starts Chromium and the compiled server before the tests of the `describe` it is called in, and
 * stops both after them. Read `server` and `browser` inside a test.
 */
export function useServerAndBrowser(options?: TestServerOptions): ServerAndBrowser {
  const started: { -readonly [K in keyof ServerAndBrowser]?: ServerAndBrowser[K] } = {};
  beforeAll(async () => {
    started.browser = await launchBrowser();
    started.server = await startTestServer(options);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
  return whenStarted(started);
}

/**
 * As useServerAndBrowser, with an SMTP server that catches what the server mails. PUBLIC_URL names
 * the server's own port, so a link in a mail leads back to it. Contexts still open at the end are
 * closed before the browser.
 */
export function useServerBrowserAndMail(): ServerBrowserAndMail {
  const started: { -readonly [K in keyof ServerBrowserAndMail]?: ServerBrowserAndMail[K] } = {};
  beforeAll(async () => {
    const smtp = await startSmtpTestServer();
    started.smtp = smtp;
    const port = await freePort();
    started.browser = await launchBrowser();
    started.server = await startTestServer({
      env: { PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, SMTP_URL: smtp.url },
    });
  });
  afterAll(async () => {
    for (const context of started.browser?.contexts() ?? []) await context.close();
    await started.browser?.close();
    await started.server?.stop();
    await started.smtp?.close();
  });
  return whenStarted(started);
}
