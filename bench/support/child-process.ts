import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';

export interface BenchChild {
  port: number;
  /** Everything the child printed on its "listening" line. */
  info: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Runs a TypeScript file of bench/support in its own Node process (as the server runs in its own) and waits for its port. */
export async function startBenchChild(file: string, env: Record<string, string> = {}): Promise<BenchChild> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'support', file)],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const info = await new Promise<Record<string, unknown>>((resolve, reject) => {
    let printed = '';
    child.stdout?.on('data', (chunk) => {
      printed += chunk;
      const line = printed.split('\n').find((text) => text.includes('"listening"'));
      if (line) resolve(JSON.parse(line) as Record<string, unknown>);
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}: ${printed}`)));
  });
  return {
    port: Number(info.port),
    info,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
