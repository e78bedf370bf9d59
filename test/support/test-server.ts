import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and waits for the exit; resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  args?: string[];
  /** Reuse a data folder (e.g. for a second start); a fresh temporary one otherwise. */
  dataDir?: string;
  /** Keep the data folder after stop (the caller removes it). */
  keepDataDir?: boolean;
}

export const DEMO_PASSWORD = 'demo-wachtwoord-voor-tests';
/** Shared by every test server, so instances on one PostgreSQL database can read each other's secrets. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

/** Waits until the process prints the line that `matches`, or fails with what it printed. */
function waitForLine(
  child: ChildProcess,
  output: () => string,
  matches: (line: string) => boolean,
  timeoutMs: number,
) {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output()}`)),
      timeoutMs,
    );
    const onData = () => {
      const line = output().split('\n').find(matches);
      if (line) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output()}`));
    });
  });
}

/** Starts the real, compiled server (`dist/server/main.js`) on a free port with its own database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'baken-test-'));
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'dist', 'server', 'main.js'), ...(options.args ?? [])],
    {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_PASSWORD,
        SECRET_KEY: TEST_SECRET_KEY,
        LOG_LEVEL: 'info',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let printed = '';
  child.stdout?.on('data', (chunk) => {
    printed += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    printed += chunk;
  });
  const output = () => printed;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = await waitForLine(child, output, (text) => text.includes('"message":"listening"'), 90_000);
  const port = Number(JSON.parse(line).port);
  const protocol = options.env?.TLS_CERT_FILE ? 'https' : 'http';
  return {
    url: `${protocol}://localhost:${port}`,
    port,
    dataDir,
    process: child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      if (!options.keepDataDir && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** Signs in as a demo account and returns the Cookie header to send with later requests. */
export async function signInCookie(
  baseUrl: string,
  email = 'beheerder@voorbeeld.nl',
  password = DEMO_PASSWORD,
) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0] ?? '';
}
