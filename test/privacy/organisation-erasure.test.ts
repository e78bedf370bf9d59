import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { disclosures } from '../../server/db/schema/disclosures.js';
import { legalHolds } from '../../server/db/schema/legal-holds.js';
import { organisations } from '../../server/db/schema/organisations.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { runRetention } from '../../server/modules/privacy/retention/run-retention.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';
import { buildPersonWithData, DEMO_ADMIN, scanDatabase } from './support/person-with-data.js';

const DAY = 24 * 60 * 60 * 1000;
const backends = await testBackends();

// @promise P8
describe.each(backends)('erasing a cancelled organisation [%s]', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });
  afterAll(() => testApp?.close());

  const organisationsTableRows = async (organisationId: string) => {
    const tables = await testApp.database.handle.executeSql(
      `select table_name from information_schema.columns
       where table_schema = 'public' and column_name = 'organisation_id'`,
    );
    const left: Record<string, number> = {};
    for (const row of tables.rows) {
      const table = String(row.table_name);
      const counted = await testApp.database.handle.executeSql(
        `select count(*)::int as n from "${table}" where organisation_id = $1`,
        [organisationId],
      );
      const n = Number(counted.rows[0]?.n ?? 0);
      if (n > 0) left[table] = n;
    }
    return left;
  };

  it('keeps everything through the grace period, then erases it whole, proves it and leaves others alone', async () => {
    const db = testApp.database.handle.db;
    const { organisationId, stranger } = await buildPersonWithData(testApp);
    // Someone elsewhere whose address contains a demo address is someone else.
    const lookalike = await buildUser(db, stranger.organisationId, { email: `hoofd${DEMO_ADMIN}` });
    const admin = await signInToApp(testApp, DEMO_ADMIN);
    // A disclosure about one of its people, named by their account only: the register keeps it.
    const [disclosed] = await db.select().from(users).where(eq(users.email, DEMO_ADMIN));
    const disclosureId = uuidv7();
    await db.insert(disclosures).values({
      id: disclosureId,
      kind: 'authority-order',
      organisationId,
      subjectUserId: disclosed?.id ?? null,
      recipient: 'Politie Eenheid Utrecht',
      dataDescription: 'Naam en inlogtijden',
      legalBasis: 'legal-obligation',
      disclosedAt: new Date(),
    });
    const cancelled = await requestAs(testApp, admin, 'POST', '/api/organisation/cancel', {
      password: DEMO_PASSWORD,
    });
    expect(cancelled.status).toBe(204);
    const people = await db.select().from(users).where(eq(users.organisationId, organisationId));
    expect(people.length).toBeGreaterThan(5);
    expect(Object.keys(await organisationsTableRows(organisationId)).length).toBeGreaterThan(10);

    // Within the thirty days the operator can still restore it: nothing goes.
    const early = await runRetention(testApp.database.handle, new Date(Date.now() + 29 * DAY));
    expect(early.organisationsErased).toBe(0);
    expect(await db.select().from(organisations).where(eq(organisations.id, organisationId))).toHaveLength(1);

    const due = await runRetention(testApp.database.handle, new Date(Date.now() + 31 * DAY));
    expect(due).toMatchObject({ organisationsErased: 1, erasureFailures: [] });
    expect(await organisationsTableRows(organisationId)).toEqual({});
    // No id or address of its people is left anywhere, audit log and event outbox included.
    const identifiers = people.flatMap((someone) => [someone.id, someone.email]);
    // (This scan matches parts of values too: the lookalike address is the one hit it may give.)
    const hits = await scanDatabase(testApp, identifiers);
    expect(hits.filter((hit) => hit.value !== lookalike.email)).toEqual([]);
    expect(await db.select().from(users).where(eq(users.id, lookalike.id))).toHaveLength(1);

    // The proof is kept by the platform, as counts only.
    const [proof] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.erased'), eq(auditLog.targetId, organisationId)));
    expect(proof?.organisationId).toBeNull();
    expect(proof?.details).toMatchObject({ reason: 'organisation_cancelled', people: people.length });
    expect(Number(proof?.details.tablesChecked)).toBeGreaterThan(10);

    const [kept] = await db.select().from(disclosures).where(eq(disclosures.id, disclosureId));
    expect(kept).toMatchObject({
      organisationId: null,
      subjectUserId: null,
      recipient: 'Politie Eenheid Utrecht',
    });

    // The stranger's organisation is untouched.
    const [still] = await db.select().from(users).where(eq(users.id, stranger.id));
    expect(still?.name).toBe(stranger.name);
  });

  it('does not erase an organisation the operator restored in time', async () => {
    const db = testApp.database.handle.db;
    const { organisation, admin } = await buildOrganisation(db, 'Waterschap Hersteld');
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date() })
      .where(eq(users.id, admin.id));
    const cookie = await signInToApp(testApp, admin.email);
    expect(
      (await requestAs(testApp, cookie, 'POST', '/api/organisation/cancel', { password: DEMO_PASSWORD }))
        .status,
    ).toBe(204);
    const operator = await signInToApp(testApp, 'operator@baken.local');
    const restored = await requestAs(
      testApp,
      operator,
      'POST',
      `/api/operator/organisations/${organisation.id}/restore`,
    );
    expect(restored.status).toBe(204);
    const report = await runRetention(testApp.database.handle, new Date(Date.now() + 31 * DAY));
    expect(report.organisationsErased).toBe(0);
    expect(await db.select().from(users).where(eq(users.id, admin.id))).toHaveLength(1);
  });

  it('waits while a legal hold is in force on one of its people, and erases once it is lifted', async () => {
    const db = testApp.database.handle.db;
    const { organisation, admin } = await buildOrganisation(db, 'Waterschap In Geding');
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date() })
      .where(eq(users.id, admin.id));
    const holdId = uuidv7();
    await db.insert(legalHolds).values({
      id: holdId,
      organisationId: organisation.id,
      userId: admin.id,
      ground: 'legal-claim',
      reason: 'Schadeclaim na de overstroming van maart',
      until: new Date(Date.now() + 365 * DAY),
    });
    const cookie = await signInToApp(testApp, admin.email);
    expect(
      (await requestAs(testApp, cookie, 'POST', '/api/organisation/cancel', { password: DEMO_PASSWORD }))
        .status,
    ).toBe(204);

    const held = await runRetention(testApp.database.handle, new Date(Date.now() + 31 * DAY));
    expect(held.organisationsErased).toBe(0);
    expect(await db.select().from(users).where(eq(users.id, admin.id))).toHaveLength(1);

    await db.update(legalHolds).set({ liftedAt: new Date() }).where(eq(legalHolds.id, holdId));
    const lifted = await runRetention(testApp.database.handle, new Date(Date.now() + 32 * DAY));
    expect(lifted.organisationsErased).toBe(1);
    expect(await db.select().from(organisations).where(eq(organisations.id, organisation.id))).toEqual([]);
  });
});
