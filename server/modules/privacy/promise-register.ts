import type { BilingualText } from '../../../common/privacy/browser-storage.js';
import annotations from './promise-register.generated.json' with { type: 'json' };
import { PROMISE_IDS, PROMISES, type PromiseId } from './promises.js';

/** A place in the code or the tests annotated as keeping or proving a promise. */
export interface PromiseAnnotation {
  promise: string;
  kind: 'code' | 'test';
  file: string;
  note: string;
}

/**
 * `kept`: code keeps it and a test proves it. `unproven`: code, but no test yet. `open`: nothing
 * in the code keeps it yet. The register says so rather than hide a gap.
 */
export type PromiseStatus = 'kept' | 'unproven' | 'open';

export interface PromiseEntry {
  id: PromiseId;
  text: BilingualText;
  status: PromiseStatus;
  code: PromiseAnnotation[];
  tests: PromiseAnnotation[];
}

/** The promise register: each promise of the statement, with the code that keeps it and the tests that prove it. */
export function promiseRegister(
  found: readonly PromiseAnnotation[] = annotations as PromiseAnnotation[],
): PromiseEntry[] {
  return PROMISE_IDS.map((id) => {
    const code = found.filter((entry) => entry.promise === id && entry.kind === 'code');
    const tests = found.filter((entry) => entry.promise === id && entry.kind === 'test');
    const status: PromiseStatus = code.length === 0 ? 'open' : tests.length === 0 ? 'unproven' : 'kept';
    return { id, text: PROMISES[id], status, code, tests };
  });
}
