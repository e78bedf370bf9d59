// The promise register's source: every `@promise P<n>` annotation in the code and the tests.
// `npm run promises` writes server/modules/privacy/promise-register.generated.json; a test fails
// when that file no longer matches the annotations, so the register cannot drift from the code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['server', 'common', 'web/src', 'web/public', 'test', 'e2e'];
const EXTENSIONS = /\.(ts|tsx|mjs|js|sql)$/;
export const REGISTER_FILE = 'server/modules/privacy/promise-register.generated.json';
// "@promise P7 what this keeps" or "@promise P12, P13: what this keeps"
const ANNOTATION = /@promise\s+(P\d{1,2}(?:\s*,\s*P\d{1,2})*)\s*[:—-]?\s*(.*?)\s*(?:\*\/)?$/;

function* sourceFiles(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    } else if (EXTENSIONS.test(entry.name)) yield path;
  }
}

const isTest = (file) => /^(test|e2e)\//.test(file) || /\.test\.tsx?$/.test(file);

/** Every annotation, in file and line order: promise ids, where, and what it says it keeps. */
export function scanPromiseAnnotations(root = ROOT) {
  const found = [];
  for (const folder of FOLDERS) {
    for (const path of sourceFiles(join(root, folder))) {
      const file = relative(root, path).split('\\').join('/');
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, index) => {
        const match = ANNOTATION.exec(line);
        if (!match) return;
        for (const promise of match[1].split(',').map((id) => id.trim()))
          found.push({
            promise,
            kind: isTest(file) ? 'test' : 'code',
            file,
            line: index + 1,
            note: match[2],
          });
      });
    }
  }
  return found.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.promise.localeCompare(b.promise),
  );
}

/**
 * The committed register: without line numbers, so it changes only when an annotation is added,
 * removed or reworded, not whenever a line above one moves.
 */
export function registerText(annotations) {
  const entries = annotations.map(({ promise, kind, file, note }) => ({ promise, kind, file, note }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const annotations = scanPromiseAnnotations();
  writeFileSync(join(ROOT, REGISTER_FILE), registerText(annotations));
  console.log(`${REGISTER_FILE}: ${annotations.length} annotations`);
}
