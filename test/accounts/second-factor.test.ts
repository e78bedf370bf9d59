import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

type LoginResult = { status: 'signed_in' } | { status: 'second_factor_required'; challenge: string };

// @promise P12
describe.each(backends)('second factor (TOTP) [%s]', (kind) => {
  let testApp: TestApp;
  let secret: string;
  let recoveryCodes: string[];
  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });
  afterAll(() => testApp.close());

  const post = (path: string, body: unknown, cookie?: string) =>
    testApp.app.request(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(body),
    });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const login = (email: string) => post('/api/auth/login', { email, password: DEMO_PASSWORD });
  // A code for a later 30-second step than any used so far: one code can be used only once.
  let stepOffset = 0;
  const nextCode = () => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepOffset++ });

  it('sets up an authenticator app with a QR code and gives ten recovery codes once', async () => {
    const cookie = cookieOf(await login('communicatie@voorbeeld.nl'));
    const started = await post('/api/me/second-factor', {}, cookie);
    expect(started.status).toBe(200);
    const enrolment = await readJson<{ secret: string; uri: string; qrCodeSvg: string }>(started);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Baken:communicatie%40voorbeeld\.nl\?secret=/);
    expect(enrolment.qrCodeSvg).toContain('<svg');
    secret = enrolment.secret;

    const wrong = await post('/api/me/second-factor/confirm', { code: '000000' }, cookie);
    expect(wrong.status).toBe(400);
    const confirmed = await post('/api/me/second-factor/confirm', { code: await nextCode() }, cookie);
    expect(confirmed.status).toBe(200);
    recoveryCodes = (await readJson<{ recoveryCodes: string[] }>(confirmed)).recoveryCodes;
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await testApp.database.handle.executeSql('select encrypted_secret from totp_factors');
    expect(JSON.stringify(stored.rows)).not.toContain(secret);
  });

  it('asks for the code after the password, and signs in only with a right one', async () => {
    const first = await readJson<LoginResult>(await login('communicatie@voorbeeld.nl'));
    expect(first.status).toBe('second_factor_required');
    const challenge = first.status === 'second_factor_required' ? first.challenge : '';
    const wrong = await post('/api/auth/login/second-factor', { challenge, code: '123456' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const code = await nextCode();
    const right = await post('/api/auth/login/second-factor', { challenge, code });
    expect(right.status).toBe(200);
    expect(cookieOf(right)).toMatch(/^__Host-baken_session=/);
    const replay = await post('/api/auth/login/second-factor', { challenge, code });
    expect(replay.status).toBe(401);
  });

  it('accepts a code once even when it is sent twice at the same moment', async () => {
    // A person of their own, so this test's codes do not collide with the ones used above.
    const cookie = cookieOf(await login('facilitair@voorbeeld.nl'));
    const { secret: ownSecret } = await readJson<{ secret: string }>(
      await post('/api/me/second-factor', {}, cookie),
    );
    const now = Math.floor(Date.now() / 1000);
    const confirmed = await post(
      '/api/me/second-factor/confirm',
      { code: await generate({ secret: ownSecret, epoch: now - 30 }) },
      cookie,
    );
    expect(confirmed.status).toBe(200);
    const challenges = await Promise.all(
      [1, 2].map(
        async () => (await readJson<{ challenge: string }>(await login('facilitair@voorbeeld.nl'))).challenge,
      ),
    );
    const code = await generate({ secret: ownSecret, epoch: now });
    const answers = await Promise.all(
      challenges.map((challenge) => post('/api/auth/login/second-factor', { challenge, code })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('accepts each recovery code once', async () => {
    const first = await readJson<{ challenge: string }>(await login('communicatie@voorbeeld.nl'));
    const used = await post('/api/auth/login/second-factor', {
      challenge: first.challenge,
      recoveryCode: recoveryCodes[0],
    });
    expect(used.status).toBe(200);
    const again = await post('/api/auth/login/second-factor', {
      challenge: first.challenge,
      recoveryCode: recoveryCodes[0],
    });
    expect(again.status).toBe(401);
  });

  it('refuses a forged or tampered challenge', async () => {
    const response = await post('/api/auth/login/second-factor', {
      challenge: 'eyJzdWJqZWN0IjoieCJ9.AAAA',
      code: '123456',
    });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('second_factor_expired');
  });

  it('when the organisation demands a second factor, a member without one can only set it up', async () => {
    await testApp.database.handle.executeSql('update organisations set require_second_factor = true');
    const cookie = cookieOf(await login('notulist@voorbeeld.nl'));
    const me = await testApp.app.request('/api/me', { headers: { Cookie: cookie } });
    expect(await readJson<{ secondFactorSetupRequired: boolean }>(me)).toMatchObject({
      secondFactorSetupRequired: true,
    });
    const held = await testApp.app.request('/api/me/sessions', {
      headers: { Cookie: cookie, 'Accept-Language': 'en' },
    });
    expect(held.status).toBe(403);
    expect((await errorOf(held)).message).toContain('requires a second factor');
    expect((await post('/api/me/second-factor', {}, cookie)).status).toBe(200);
  });
});
