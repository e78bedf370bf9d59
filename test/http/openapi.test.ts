import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('API description [pglite]', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp('pglite');
  });
  afterAll(() => testApp.close());

  it('/api/openapi.json is a valid OpenAPI 3.1 document listing the routes', async () => {
    const response = await testApp.app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = await readJson<{ openapi: string; paths: Record<string, unknown> }>(response);
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/api/auth/login', '/api/me', '/api/events']),
    );
  });

  it('/api/docs is a readable reference page without scripts', async () => {
    const response = await testApp.app.request('/api/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<code>/api/auth/login</code>');
    expect(html).not.toContain('<script');
  });
});
