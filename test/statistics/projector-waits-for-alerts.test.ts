import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertDeliveries } from '../../server/db/schema/alerts.js';
import { users } from '../../server/db/schema/users.js';
import { runUsageProjector } from '../../server/modules/statistics/run-usage-projector.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const backends = await testBackends();

describe.each(backends)('the statistics projector gives way to an alert going out [%s]', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });
  afterAll(() => testApp?.close());

  it('waits while messages are due, and catches up once they are handed over', async () => {
    const db = testApp.database.handle.db;
    const admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    const [member] = await db.select().from(users).where(eq(users.email, 'burgemeester@voorbeeld.nl'));
    const sent = await requestAs(testApp, admin, 'POST', '/api/alerts', {
      title: 'Oproep crisisteam',
      targets: { userIds: [member?.id] },
    });
    expect(sent.status).toBe(201);
    const { id } = await readJson<{ id: string }>(sent);
    // No worker runs here: the alert's messages are due and waiting.
    expect(await runUsageProjector(db, new Date())).toBe('waited');

    await db
      .update(alertDeliveries)
      .set({ status: 'sent', sentAt: new Date() })
      .where(eq(alertDeliveries.alertId, id));
    const run = await runUsageProjector(db, new Date());
    expect(run).not.toBe('waited');
    expect(run === 'waited' ? 0 : run.recorded).toBeGreaterThan(0);
  });
});
