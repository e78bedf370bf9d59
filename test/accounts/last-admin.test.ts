import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

describe.each(backends)('an organisation always keeps an admin [%s]', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });
  afterAll(() => testApp.close());

  const cookieFor = async (email: string) => {
    const response = await testApp.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const patchUser = (cookie: string, id: string, body: unknown) =>
    testApp.app.request(`/api/users/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
      body: JSON.stringify(body),
    });

  it('two admins demoting each other at the same moment: one succeeds, the other is refused', async () => {
    const anna = await cookieFor('beheerder@voorbeeld.nl');
    const people = await readJson<{ id: string; email: string }[]>(
      await testApp.app.request('/api/users', { headers: { Cookie: anna } }),
    );
    const idOf = (email: string) => people.find((person) => person.email === email)?.id ?? '';
    expect((await patchUser(anna, idOf('burgemeester@voorbeeld.nl'), { role: 'admin' })).status).toBe(204);
    const bram = await cookieFor('burgemeester@voorbeeld.nl');
    const answers = await Promise.all([
      patchUser(anna, idOf('burgemeester@voorbeeld.nl'), { role: 'member' }),
      patchUser(bram, idOf('beheerder@voorbeeld.nl'), { role: 'member' }),
    ]);
    // The loser is refused either as the last admin (409) or, when the winner committed before the
    // loser's session was read, as the member it has just become (403); both leave one admin.
    const [won, lost] = answers.map((answer) => answer.status).sort();
    expect(won).toBe(204);
    expect([403, 409]).toContain(lost);
    const admins = await testApp.database.handle.executeSql(
      "select count(*)::int as n from users where role = 'admin' and status = 'active' and organisation_id = (select id from organisations where slug = 'gemeente-voorbeeld')",
    );
    expect(admins.rows[0]?.n).toBe(1);
  });
});
