import type { TestApp } from './test-app.js';
import { DEMO_PASSWORD } from './test-server.js';

/** The Cookie header value of a session cookie in a sign-in answer. */
export const sessionCookieOf = (response: Response) =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

/**
 * Signs a demo person in on the in-process app (from `ip`, which counts with TRUST_PROXY on) and
 * returns their session cookie; fails the test when sign-in does not succeed.
 */
export async function signInToApp(
  testApp: TestApp,
  email: string,
  ip = '192.0.2.1',
  password = DEMO_PASSWORD,
) {
  const response = await testApp.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}

/** A request as a signed-in person from the app's own pages (so CSRF checks pass), JSON body optional. */
export function requestAs(testApp: TestApp, cookie: string, method: string, path: string, body?: unknown) {
  return testApp.app.request(path, {
    method,
    headers: {
      Cookie: cookie,
      'Sec-Fetch-Site': 'same-origin',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
