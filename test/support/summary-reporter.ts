import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints `N passed, N failed` as the very last line of the run, the line CI reads. Skipped or
 * todo tests are counted separately so they cannot hide.
 */
export class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let failedInModule = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedInModule++;
        else skipped++;
      }
      // A file that failed to load, or whose beforeAll failed (its tests then count as skipped),
      // is a failure even though none of its tests failed.
      failed += module.state() === 'failed' ? Math.max(failedInModule, 1) : failedInModule;
    }
    failed += unhandledErrors.length;
    // Written after the default reporter's summary, on the next tick, so it is the last line.
    setImmediate(() => {
      process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    });
  }
}
