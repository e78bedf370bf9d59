import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/support/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: more parallel files only make each slower.
    maxWorkers: 2,
    reporters: ['default', new SummaryReporter()],
    globalSetup: ['./test/support/global-setup.ts'],
  },
});
