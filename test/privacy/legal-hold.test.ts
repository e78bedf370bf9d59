import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { incidents } from '../../server/db/schema/incidents.js';
import { sessions } from '../../server/db/schema/sessions.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { erasePerson } from '../../server/modules/privacy/erasure/erase-person.js';
import { runRetention } from '../../server/modules/privacy/retention/run-retention.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();
const DAY = 24 * 60 * 60 * 1000;

interface Hold {
  id: string;
  createdBy: string | null;
  ground: string;
  reason: string;
  person: { email: string } | null;
  incident: { id: string } | null;
  liftedAt: string | null;
}

// @promise P17 a legal hold keeps data from erasure and retention, with its reason stated, until lifted
describe.each(backends)('legal holds [%s]', (kind) => {
  let testApp: TestApp;
  // The real time at first: the retention run below must not take the test's own sessions.
  let now = new Date();
  let officer: string;
  let admin: string;
  let member: string;
  let adminB: string;
  let organisationId: string;
  let memberId: string;
  let adminId: string;
  const db = () => testApp.database.handle.db;
  const place = (cookie: string, body: Record<string, unknown>) =>
    requestAs(testApp, cookie, 'POST', '/api/legal-holds', {
      ground: 'legal-claim',
      reason: 'Schadeclaim na de brand van 12 februari; advocaat vraagt alle stukken te bewaren.',
      until: new Date(now.getTime() + 180 * DAY).toISOString(),
      ...body,
    });

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { clock: () => now });
    officer = await signInToApp(testApp, 'operator@baken.local');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    const people = await db().select().from(users);
    const burgemeester = people.find((user) => user.email === 'burgemeester@voorbeeld.nl');
    const beheerder = people.find((user) => user.email === 'beheerder@voorbeeld.nl');
    if (!burgemeester || !beheerder) throw new Error('no demo people');
    memberId = burgemeester.id;
    adminId = beheerder.id;
    organisationId = burgemeester.organisationId;
    const other = await buildOrganisation(db(), 'Ziekenhuis B');
    await db()
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date() })
      .where(eq(users.id, other.admin.id));
    adminB = await signInToApp(testApp, other.admin.email);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('lets an admin place a hold on a person of the organisation, audited, and no one else', async () => {
    expect((await place(member, { userId: adminId })).status).toBe(403);
    // Another organisation's person answers exactly like nobody at all.
    const foreign = await place(adminB, { userId: memberId });
    const nobody = await place(adminB, { userId: '00000000-0000-7000-8000-000000000000' });
    expect([foreign.status, (await readJson<{ error: { code: string } }>(foreign)).error.code]).toEqual([
      nobody.status,
      (await readJson<{ error: { code: string } }>(nobody)).error.code,
    ]);
    expect(nobody.status).toBe(400);
    const past = await place(admin, { userId: memberId, until: new Date(now.getTime() - DAY).toISOString() });
    expect((await readJson<{ error: { code: string } }>(past)).error.code).toBe('legal_hold_until_past');
    const placed = await place(admin, { userId: memberId });
    expect(placed.status).toBe(201);
    const hold = await readJson<Hold>(placed);
    expect(hold).toMatchObject({ ground: 'legal-claim', person: { email: 'burgemeester@voorbeeld.nl' } });
    const audit = await db().select().from(auditLog).where(eq(auditLog.targetId, hold.id));
    expect(audit.map((entry) => entry.action)).toEqual(['legal_hold.placed']);
    const listed = await readJson<Hold[]>(await requestAs(testApp, admin, 'GET', '/api/legal-holds'));
    expect(listed.map((entry) => entry.id)).toContain(hold.id);
    expect(await readJson<Hold[]>(await requestAs(testApp, adminB, 'GET', '/api/legal-holds'))).toEqual([]);
    expect((await requestAs(testApp, member, 'GET', '/api/legal-holds')).status).toBe(403);
  });

  it('shows the hold in the person’s access report', async () => {
    const report = await readJson<{
      sections: {
        heading: string;
        tables: { table: string; rows: { values: Record<string, unknown> }[] }[];
      }[];
    }>(await requestAs(testApp, member, 'GET', '/api/me/export'));
    const holds = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.table === 'legal_holds');
    expect(holds?.rows[0]?.values.reason).toContain('Schadeclaim');
  });

  it('makes erasure wait and states the hold’s ground, reason and end date', async () => {
    const result = await erasePerson(db(), organisationId, memberId, {
      reason: 'erasure_request',
      requestedBy: adminId,
      now,
    });
    expect(result.outcome).toBe('postponed');
    expect(result.postponed?.holds).toHaveLength(1);
    expect(result.postponed?.article).toBe('AVG/GDPR art. 17(3)(e)');
    expect(result.postponed?.reason.nl).toContain('Schadeclaim na de brand');
    expect(result.postponed?.reason.en).toContain('legal claim');
    const [still] = await db().select().from(users).where(eq(users.id, memberId));
    expect(still?.email).toBe('burgemeester@voorbeeld.nl');
  });

  it('keeps a held person’s expired sessions from the retention job until the hold is lifted', async () => {
    const old = {
      id: uuidv7(),
      tokenHash: uuidv7(),
      organisationId,
      userId: memberId,
      ipAddress: '192.0.2.7',
      userAgent: 'Mozilla/5.0',
      expiresAt: new Date(now.getTime() - 90 * DAY),
    };
    await db().insert(sessions).values(old);
    await runRetention(testApp.database.handle, now);
    expect(await db().select().from(sessions).where(eq(sessions.id, old.id))).toHaveLength(1);

    const [hold] = await readJson<Hold[]>(await requestAs(testApp, admin, 'GET', '/api/legal-holds'));
    expect((await requestAs(testApp, adminB, 'POST', `/api/legal-holds/${hold?.id}/lift`)).status).toBe(404);
    expect((await requestAs(testApp, admin, 'POST', `/api/legal-holds/${hold?.id}/lift`)).status).toBe(204);
    const again = await requestAs(testApp, admin, 'POST', `/api/legal-holds/${hold?.id}/lift`);
    expect((await readJson<{ error: { code: string } }>(again)).error.code).toBe('legal_hold_lifted');
    await runRetention(testApp.database.handle, now);
    expect(await db().select().from(sessions).where(eq(sessions.id, old.id))).toHaveLength(0);
  });

  it('holds an incident: its participants’ erasure waits and the incident cannot be deleted', async () => {
    const person = await buildUser(db(), organisationId, {});
    const room = await buildIncidentRoom(db(), organisationId, person.id);
    await db().update(incidents).set({ status: 'closed' }).where(eq(incidents.id, room.incidentId));
    const placed = await place(officer, {
      incidentId: room.incidentId,
      ground: 'legal-obligation',
      reason: 'Archiefwet: het crisisverslag gaat naar het gemeentearchief.',
    });
    expect(placed.status).toBe(201);
    // The organisation sees the hold, not the name of the operator's officer who placed it.
    const seen = (await readJson<Hold[]>(await requestAs(testApp, admin, 'GET', '/api/legal-holds'))).find(
      (hold) => hold.incident?.id === room.incidentId,
    );
    expect(seen).toMatchObject({ createdBy: null });
    const result = await erasePerson(db(), organisationId, person.id, {
      reason: 'erasure_request',
      requestedBy: null,
      now,
    });
    expect(result.outcome).toBe('postponed');
    expect(result.postponed?.holds[0]).toMatchObject({ onIncident: true, article: 'AVG/GDPR art. 17(3)(b)' });
    const removed = await requestAs(testApp, admin, 'DELETE', `/api/incidents/${room.incidentId}`);
    expect(removed.status).toBe(409);
    expect((await readJson<{ error: { code: string } }>(removed)).error.code).toBe(
      'legal_hold_incident_held',
    );
  });

  it('ends by itself when its date has passed', async () => {
    now = new Date(now.getTime() + 400 * DAY);
    const person = await buildUser(db(), organisationId, {});
    expect((await place(admin, { userId: person.id })).status).toBe(201);
    now = new Date(now.getTime() + 181 * DAY);
    const result = await erasePerson(db(), organisationId, person.id, {
      reason: 'erasure_request',
      requestedBy: null,
      now,
    });
    expect(result.outcome).toBe('erased');
  });
});
