import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

describe.each(backends)('HTTP error layer [%s]', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { MAX_BODY_BYTES: '2048' });
  });
  afterAll(() => testApp.close());

  const login = (init: RequestInit & { lang?: string }) =>
    testApp.app.request('/api/auth/login', {
      method: 'POST',
      ...init,
      headers: {
        ...(init.lang ? { 'Accept-Language': init.lang } : {}),
        ...(init.headers as Record<string, string>),
      },
    });

  it('answers malformed JSON with 400 and a Dutch message by default', async () => {
    const response = await login({ headers: { 'Content-Type': 'application/json' }, body: '{"email": ' });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('malformed_json');
    expect(error.message).toContain('geen geldige JSON');
  });

  it('answers malformed JSON in English when the request asks for English', async () => {
    const response = await login({
      lang: 'en-GB,en;q=0.9',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('not valid JSON');
  });

  it('answers a wrong content type with 415 and a translated message', async () => {
    const response = await login({ lang: 'en', headers: { 'Content-Type': 'text/plain' }, body: 'email=a' });
    expect(response.status).toBe(415);
    const error = await errorOf(response);
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toContain('Send JSON');
  });

  it('answers an oversize body with 413 and a translated message, before reading it whole', async () => {
    const big = JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(5000) });
    const response = await login({ headers: { 'Content-Type': 'application/json' }, body: big });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toContain('te groot');
  });

  it('answers invalid fields with 400 naming each field', async () => {
    const response = await login({
      lang: 'en',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":"nope"}',
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.fields?.map((field) => field.path).sort()).toEqual(['email', 'password']);
  });

  it('words field errors in the request language', async () => {
    const body = JSON.stringify({ email: 'nope', password: 'x' });
    const dutch = await login({ headers: { 'Content-Type': 'application/json' }, body });
    expect((await errorOf(dutch)).fields?.[0]?.message).toMatch(/^Ongeldig/);
    const english = await login({ lang: 'en', headers: { 'Content-Type': 'application/json' }, body });
    expect((await errorOf(english)).fields?.[0]?.message).toMatch(/^Invalid/);
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const attempt = (email: string) =>
      login({
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'wrong-password' }),
      });
    const unknown = await attempt('niemand@voorbeeld.nl');
    const wrong = await attempt('beheerder@voorbeeld.nl');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect((await errorOf(unknown)).message).toBe((await errorOf(wrong)).message);
  });

  it('never shows a stack trace; unknown API paths are 401 when signed out and a translated 404 when signed in', async () => {
    const anonymous = await testApp.app.request('/api/does-not-exist', {
      headers: { 'Accept-Language': 'en' },
    });
    expect(anonymous.status).toBe(401);
    const signedIn = await login({
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'beheerder@voorbeeld.nl', password: DEMO_PASSWORD }),
    });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await testApp.app.request('/api/does-not-exist', {
      headers: { 'Accept-Language': 'en', Cookie: cookie },
    });
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).toContain('does not exist');
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('turns a value the database cannot take into a 400, not a 500', async () => {
    const signedIn = await login({
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'beheerder@voorbeeld.nl', password: DEMO_PASSWORD }),
    });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await testApp.app.request('/api/audit-log?before=0000-01-01T00:00:00Z', {
      headers: { Cookie: cookie },
    });
    expect(response.status).toBe(400);
  });

  it('sets strict security headers on every answer', async () => {
    const response = await testApp.app.request('/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    // Plain HTTP without a trusted proxy saying otherwise: HSTS would be ignored and is not sent.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('logs requests as JSON with a request id and never the password', async () => {
    await login({
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'test-request-0001' },
      body: JSON.stringify({ email: 'beheerder@voorbeeld.nl', password: DEMO_PASSWORD }),
    });
    const entries = testApp.logLines.map((line) => JSON.parse(line));
    const entry = entries.find((logged) => logged.requestId === 'test-request-0001');
    expect(entry).toMatchObject({ level: 'info', method: 'POST', path: '/api/auth/login', status: 200 });
    expect(testApp.logLines.join('\n')).not.toContain(DEMO_PASSWORD);
  });

  it('refuses a cookie-authenticated write from another site (CSRF)', async () => {
    const response = await testApp.app.request('/api/me', {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Cookie: '__Host-baken_session=x',
        'Sec-Fetch-Site': 'cross-site',
      },
      body: JSON.stringify({ name: 'Mallory' }),
    });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('csrf_failed');
  });
});
