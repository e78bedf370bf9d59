// `npm start`: builds what is out of date (a fresh clone has no dist/), then runs the compiled
// server in this same process, so signals reach it directly and a clean shutdown is possible.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const sources = [
  'server',
  'common',
  'web',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sourcesChangedAt = Math.max(...sources.map((source) => newestChange(join(root, source))));
if (sourcesChangedAt > builtAt) {
  console.log('Building Baken (first start or changed sources)...');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, new Date().toISOString());
}
await import(join(root, 'dist', 'server', 'main.js'));
