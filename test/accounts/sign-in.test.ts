import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

describe.each(backends)('sign-in and sessions [%s]', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
  });
  afterAll(() => testApp.close());

  const signIn = (
    email: string,
    password: string,
    ip: string,
    userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0',
  ) =>
    testApp.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, 'User-Agent': userAgent },
      body: JSON.stringify({ email, password }),
    });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  // @promise P12, P13
  it('sets a __Host- session cookie that is Secure, HttpOnly and SameSite', async () => {
    const response = await signIn('beheerder@voorbeeld.nl', DEMO_PASSWORD, '192.0.2.1');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-baken_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
  });

  it('stores only the hash of the session token', async () => {
    const token =
      cookieOf(await signIn('beheerder@voorbeeld.nl', DEMO_PASSWORD, '192.0.2.1')).split('=')[1] ?? '';
    const stored = await testApp.database.handle.executeSql('select token_hash from sessions');
    expect(stored.rows.length).toBeGreaterThan(0);
    expect(stored.rows.some((row) => row.token_hash === token)).toBe(false);
  });

  // @promise P7
  it('shows the user their sessions with IP, device, OS and browser, and ends another one at once', async () => {
    const phone = cookieOf(
      await signIn(
        'communicatie@voorbeeld.nl',
        DEMO_PASSWORD,
        '198.51.100.7',
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1',
      ),
    );
    const laptop = cookieOf(await signIn('communicatie@voorbeeld.nl', DEMO_PASSWORD, '203.0.113.9'));
    const list = await testApp.app.request('/api/me/sessions', { headers: { Cookie: laptop } });
    const sessions =
      await readJson<
        {
          id: string;
          ipAddress: string;
          device: string;
          operatingSystem: string;
          browser: string;
          current: boolean;
        }[]
      >(list);
    expect(sessions).toHaveLength(2);
    const phoneSession = sessions.find((session) => !session.current);
    expect(phoneSession).toMatchObject({
      ipAddress: '198.51.100.7',
      operatingSystem: 'iOS 17.0',
      browser: 'Mobile Safari 17',
    });
    expect(phoneSession?.device).toContain('mobile');

    const ended = await testApp.app.request(`/api/me/sessions/${phoneSession?.id}`, {
      method: 'DELETE',
      headers: { Cookie: laptop, Origin: 'http://localhost' },
    });
    expect(ended.status).toBe(204);
    const refused = await testApp.app.request('/api/me', { headers: { Cookie: phone } });
    expect(refused.status).toBe(401);
    expect((await testApp.app.request('/api/me', { headers: { Cookie: laptop } })).status).toBe(200);
  });

  it('cannot end a session of another user (404, nothing changes)', async () => {
    const mine = cookieOf(await signIn('notulist@voorbeeld.nl', DEMO_PASSWORD, '192.0.2.5'));
    const other = cookieOf(await signIn('facilitair@voorbeeld.nl', DEMO_PASSWORD, '192.0.2.6'));
    const [otherSession] = await readJson<{ id: string }[]>(
      await testApp.app.request('/api/me/sessions', { headers: { Cookie: other } }),
    );
    const attempt = await testApp.app.request(`/api/me/sessions/${otherSession?.id}`, {
      method: 'DELETE',
      headers: { Cookie: mine, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(attempt.status).toBe(404);
    expect((await testApp.app.request('/api/me', { headers: { Cookie: other } })).status).toBe(200);
  });

  // @promise P12
  it('throttles 1,000 wrong passwords for one account, yet its owner signs in from another address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 1000; attempt++) {
      statuses.push((await signIn('burgemeester@voorbeeld.nl', `geraden-${attempt}`, '192.0.2.66')).status);
    }
    const throttled = statuses.filter((status) => status === 429).length;
    const checked = statuses.filter((status) => status === 401).length;
    // Five free tries, then a block that doubles after each further failure: while the loop runs
    // only a handful of passwords are ever checked.
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(checked).toBeLessThanOrEqual(20);
    expect(throttled).toBe(1000 - checked);

    const blocked = await signIn('burgemeester@voorbeeld.nl', DEMO_PASSWORD, '192.0.2.66');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await errorOf(blocked)).code).toBe('too_many_requests');

    const owner = await signIn('burgemeester@voorbeeld.nl', DEMO_PASSWORD, '198.51.100.20');
    expect(owner.status).toBe(200);
  });

  it('counts parallel guesses too: 30 at once check only a handful of passwords', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        signIn('notulist@voorbeeld.nl', `parallel-${attempt}`, '192.0.2.99'),
      ),
    );
    const statuses = guesses.map((response) => response.status);
    // Exactly as one at a time: five free tries, the sixth wrong one blocks, the rest wait.
    expect(statuses.filter((status) => status === 401).length).toBe(6);
    expect(statuses.filter((status) => status === 429).length).toBe(24);
  });

  it('limits how many e-mails one address can make Baken send (reset, sign-up, resend)', async () => {
    const forgot = () =>
      testApp.app.request('/api/auth/password-reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
        body: JSON.stringify({ email: 'burgemeester@voorbeeld.nl' }),
      });
    const statuses = [];
    for (let attempt = 0; attempt < 12; attempt++) statuses.push((await forgot()).status);
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const mails = await testApp.database.handle.executeSql(
      "select count(*)::int as n from mail_messages where template = 'password-reset' and to_address = 'burgemeester@voorbeeld.nl'",
    );
    expect(mails.rows[0]?.n).toBe(10);
  });

  it('records sign-ins and failed sign-ins in the audit log', async () => {
    const result = await testApp.database.handle.executeSql(
      'select action, count(*)::int as count from audit_log group by action order by action',
    );
    const counts = Object.fromEntries(result.rows.map((row) => [row.action, row.count]));
    expect(counts['session.signed_in']).toBeGreaterThan(0);
    expect(counts['session.sign_in_failed']).toBeGreaterThan(0);
    expect(counts['session.sign_in_throttled']).toBeGreaterThan(900);
    expect(counts['session.ended']).toBe(1);
  });

  it('refuses to edit the audit log, even for the database owner', async () => {
    await expect(testApp.database.handle.executeSql('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(testApp.database.handle.executeSql("update audit_log set action = 'x'")).rejects.toThrow(
      /append-only/,
    );
  });
});
