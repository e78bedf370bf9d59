import type { TestApp } from './test-app.js';

/** A POST without sign-in from the app's own pages (so CSRF checks pass), in Dutch, with a JSON body. */
export function publicPost(testApp: TestApp, path: string, body: unknown) {
  return testApp.app.request(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Sec-Fetch-Site': 'same-origin',
      'Accept-Language': 'nl',
    },
    body: JSON.stringify(body),
  });
}
