import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/config/paths.js';

export interface BaselineOutcome {
  failed: { email: number; sms: number; push: number };
  seconds: number;
  /** CPU seconds the sender used for the whole run. */
  cpuSeconds: number;
}

/**
 * Starts the bare sender (alert-baseline-sender.ts) in its own process and waits until it has read
 * its job; `go()` starts the sending, so the clock starts with the work and not with Node's start.
 */
export async function startBaselineSender(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'support', 'alert-baseline-sender.ts')],
    { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const answered = new Promise<BaselineOutcome>((resolve, reject) => {
    child.on('message', (message: { ready?: boolean; error?: string } & Partial<BaselineOutcome>) => {
      if (message.error) reject(new Error(`the baseline sender failed: ${message.error}`));
      else if (message.failed && message.seconds !== undefined)
        resolve({
          failed: message.failed,
          seconds: message.seconds,
          cpuSeconds: message.cpuSeconds ?? Number.NaN,
        });
    });
    child.once('exit', (code) => reject(new Error(`the baseline sender exited with ${code}`)));
  });
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { ready?: boolean }) => {
      if (message.ready) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the baseline sender exited with ${code}`)));
  });
  return {
    async go(): Promise<BaselineOutcome> {
      child.send('go');
      try {
        return await answered;
      } finally {
        child.disconnect();
        await exited;
      }
    },
  };
}
