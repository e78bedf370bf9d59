import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_FILE, registerText, scanPromiseAnnotations } from '../../scripts/promise-register.mjs';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import { OPERATOR_ADMIN } from '../../server/modules/operator/seed-operator.js';
import { type PromiseAnnotation, promiseRegister } from '../../server/modules/privacy/promise-register.js';
import { PROMISE_IDS } from '../../server/modules/privacy/promises.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const scanned = scanPromiseAnnotations(PROJECT_ROOT);

// @promise P1 the register itself: generated from the annotations, checked against them
describe('the promise register', () => {
  it('is generated from the annotations as they are now (run `npm run promises` after changing one)', () => {
    expect(readFileSync(join(PROJECT_ROOT, REGISTER_FILE), 'utf8')).toBe(registerText(scanned));
  });

  it('names only promises of the statement, each at a line that holds its annotation', () => {
    for (const annotation of scanned) {
      expect(PROMISE_IDS).toContain(annotation.promise);
      const line = readFileSync(join(PROJECT_ROOT, annotation.file), 'utf8').split('\n')[annotation.line - 1];
      expect(line).toContain('@promise');
      expect(line).toContain(annotation.promise);
    }
  });

  it('lists P1 to P21, and calls a promise kept only with code that keeps it and a test that proves it', () => {
    const at = (promise: string, kind: 'code' | 'test'): PromiseAnnotation => ({
      promise,
      kind,
      file: 'x.ts',
      note: '',
    });
    const register = promiseRegister([
      at('P1', 'code'),
      at('P1', 'test'),
      at('P2', 'code'),
      at('P3', 'test'),
    ]);
    expect(register.map((entry) => entry.id)).toEqual(
      Array.from({ length: 21 }, (_, index) => `P${index + 1}`),
    );
    expect(register.slice(0, 4).map((entry) => entry.status)).toEqual(['kept', 'unproven', 'open', 'open']);
    expect(register[0]?.text.nl).toMatch(/doelen/i);
  });
});

describe('the promise register for operator staff [pglite]', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp('pglite');
  });
  afterAll(() => testApp?.close());

  it('shows each promise with where it is kept and proven, to operator staff only', async () => {
    const operator = await signInToApp(testApp, OPERATOR_ADMIN.email, '192.0.2.50');
    const answer = await requestAs(testApp, operator, 'GET', '/api/operator/promises');
    expect(answer.status).toBe(200);
    const register =
      await readJson<{ id: string; status: string; code: { file: string }[]; tests: { file: string }[] }[]>(
        answer,
      );
    const p2 = register.find((entry) => entry.id === 'P2');
    expect(p2?.code.map((entry) => entry.file)).toContain('server/modules/privacy/data-map.ts');
    expect(p2?.tests.map((entry) => entry.file)).toContain('test/privacy/data-map.test.ts');
    expect(p2?.status).toBe('kept');

    const admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.51');
    expect((await requestAs(testApp, admin, 'GET', '/api/operator/promises')).status).toBe(403);
  });
});
