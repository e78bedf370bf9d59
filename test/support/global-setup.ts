import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from '../../e2e/support/ensure-chromium.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { isPostgresReachable, TEST_DATABASE_URL } from './test-database.js';

/** Says once, at the top of the run, which databases the integration tests run on. */
export async function setup(): Promise<void> {
  const postgres = await isPostgresReachable();
  console.log(
    postgres
      ? `Integration tests run on PGlite and on PostgreSQL (${TEST_DATABASE_URL}).`
      : 'Integration tests run on PGlite only.',
  );
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'server', 'main.js'))) {
    throw new Error('The server is not built: run `npm test` (it builds first) or `npm run build`.');
  }
  ensureChromium();
}
