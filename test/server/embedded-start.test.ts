import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('embedded start [pglite]', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'baken-embedded-'));
  let first: TestServer | undefined;
  afterAll(async () => {
    await first?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the demo organisation on the first start and prints the sign-in details', async () => {
    first = await startTestServer({ dataDir });
    expect(first.output()).toContain('Gemeente Voorbeeld');
    expect(first.output()).toContain('beheerder@voorbeeld.nl');
    const ready = await fetch(`${first.url}/readyz`);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'pglite' });
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    await expect(startTestServer({ dataDir })).rejects.toThrow(
      /is in use by another Baken process \(pid \d+\)/,
    );
  });

  it('stops cleanly on SIGTERM and starts again on the same data, without a second demo', async () => {
    expect(await first?.stop('SIGTERM')).toBe(0);
    expect(existsSync(join(dataDir, 'baken.lock'))).toBe(false);
    first = await startTestServer({ dataDir });
    expect(first.output()).not.toContain('beheerder@voorbeeld.nl');
    const ready = await fetch(`${first.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await first.stop('SIGINT')).toBe(0);
    first = undefined;
  });

  it('starts empty with --no-demo', async () => {
    const server = await startTestServer({ args: ['--no-demo'] });
    expect(server.output()).not.toContain('Gemeente Voorbeeld');
    await server.stop();
  });

  it('explains a half-initialised data folder instead of printing a stack trace', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'baken-broken-'));
    mkdirSync(join(broken, 'pgdata'));
    writeFileSync(join(broken, 'pgdata', 'PG_VERSION'), '18\n');
    const attempt = startTestServer({ dataDir: broken });
    await expect(attempt).rejects.toThrow(/incomplete or damaged .*first start never finished/);
    await expect(attempt).rejects.not.toThrow(/\n\s+at /);
    rmSync(broken, { recursive: true, force: true });
  });

  it('explains an invalid setting instead of starting', async () => {
    await expect(startTestServer({ env: { PORT: 'abc' } })).rejects.toThrow(
      /Invalid configuration:\n\s+PORT/,
    );
  });
});
