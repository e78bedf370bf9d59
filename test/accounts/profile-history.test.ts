import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface AuditEntry {
  action: string;
  actorName: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

const backends = await testBackends();

// Rectification (GDPR art. 16) is self-service in the profile; its history is kept.
// @promise P17
describe.each(backends)('the history of a profile [%s]', (kind) => {
  let testApp: TestApp;
  let admin: string;
  let member: string;
  let memberId: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    memberId = (await readJson<{ id: string }>(await requestAs(testApp, member, 'GET', '/api/me'))).id;
  });
  afterAll(() => testApp.close());

  const profileChanges = async () =>
    (
      await readJson<{ entries: AuditEntry[] }>(
        await requestAs(testApp, admin, 'GET', '/api/audit-log?action=user.profile_changed'),
      )
    ).entries;

  it('records which fields a person corrected, by whom and about whom, without the old values', async () => {
    const response = await requestAs(testApp, member, 'PATCH', '/api/me', {
      name: 'Bram Jansen-de Wit',
      phone: '+31 6 9876 5432',
      jobTitle: 'Burgemeester',
    });
    expect(response.status).toBe(200);
    const [entry, ...others] = await profileChanges();
    expect(others).toEqual([]);
    // The job title was already "Burgemeester": not a change.
    expect(entry).toMatchObject({
      actorName: 'Bram Jansen-de Wit',
      targetId: memberId,
      details: { fields: ['name', 'phone'] },
    });
    expect(JSON.stringify(entry)).not.toContain('1234 5602');
  });

  it('adds nothing when a save changes nothing', async () => {
    const before = (await profileChanges()).length;
    expect(
      (await requestAs(testApp, member, 'PATCH', '/api/me', { name: 'Bram Jansen-de Wit' })).status,
    ).toBe(200);
    expect(await profileChanges()).toHaveLength(before);
  });
});
