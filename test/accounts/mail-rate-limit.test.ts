import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailMessages } from '../../server/db/schema/mail-messages.js';
import { errorOf } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const backends = await testBackends();

// Forms that send mail to a typed address must not flood a stranger's mailbox.
describe.each(backends)('mail-sending forms are limited per address of origin [%s]', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
  });
  afterAll(() => testApp?.close());

  const askReset = (ip: string) =>
    testApp.app.request('/api/auth/password-reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
      body: JSON.stringify({ email: 'beheerder@voorbeeld.nl' }),
    });

  it('answers ten requests from one address, refuses the eleventh with Retry-After, and serves another address', async () => {
    const mailsBefore = (await testApp.database.handle.db.select().from(mailMessages)).length;
    for (let request = 0; request < 10; request++) expect((await askReset('203.0.113.7')).status).toBe(202);
    const refused = await askReset('203.0.113.7');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('Retry-After'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect((await errorOf(refused)).code).toBe('too_many_requests');
    // The refused request sent nothing; ten did.
    const mailsAfter = (await testApp.database.handle.db.select().from(mailMessages)).length;
    expect(mailsAfter - mailsBefore).toBe(10);
    expect((await askReset('203.0.113.8')).status).toBe(202);
  });
});
