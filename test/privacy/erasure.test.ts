import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { erasureSchedule } from '../../server/db/schema/erasure-schedule.js';
import { incidentParticipants, logbookEntries } from '../../server/db/schema/incidents.js';
import { onCallRosters } from '../../server/db/schema/rosters.js';
import { users } from '../../server/db/schema/users.js';
import { DATA_MAP } from '../../server/modules/privacy/data-map.js';
import { erasePerson } from '../../server/modules/privacy/erasure/erase-person.js';
import type { ErasureResult } from '../../server/modules/privacy/erasure/erasure-result.js';
import { runRetention } from '../../server/modules/privacy/retention/run-retention.js';
import { buildUser } from '../factories/organisation.js';
import { requestAs } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { buildPersonWithData, type Hit, PERSON_PHONE, scanDatabase } from './support/person-with-data.js';

type Fixture = Awaited<ReturnType<typeof buildPersonWithData>>;

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const where = (hits: Hit[]) => hits.map((hit) => `${hit.table}.${hit.column}`).sort();

type Person = Fixture['person'];
const identifiersOf = (person: Person, phone: string | null) => [
  person.id,
  person.email,
  person.name,
  ...(phone ? [phone] : []),
];

/**
 * What the database holds of a person, found by scanning it for their identifiers; values that
 * are someone else's (the stranger of the same name in another organisation) are left out.
 */
async function scanFor(testApp: TestApp, person: Person, phone: string | null, other?: Person) {
  const hits = await scanDatabase(testApp, identifiersOf(person, phone));
  if (!other) return hits;
  const theirs = await scanDatabase(testApp, identifiersOf(other, other.phone));
  const same = (a: Hit, b: Hit) =>
    a.table === b.table && a.column === b.column && text(a.value) === text(b.value);
  return hits.filter((hit) => !theirs.some((their) => same(hit, their)));
}

const backends = await testBackends();

// @promise P5, P17 erasure: the identifier scan finds nothing but what stated exceptions keep; the crisis record reads whole
describe.each(backends)('erasing a person [%s]', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let result: ErasureResult;
  let adminBefore: Hit[];
  let strangerBefore: Hit[];

  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    fixture = await buildPersonWithData(testApp);
  }, 120_000);
  afterAll(() => testApp?.close());

  const db = () => testApp.database.handle.db;
  // The stranger shares the person's name: they are found by what is theirs alone.
  const strangerScan = () =>
    scanDatabase(testApp, [
      fixture.stranger.id,
      fixture.stranger.email,
      fixture.stranger.phone ?? fixture.stranger.id,
    ]);

  it('waits while the person works on an open incident, and says why', async () => {
    const before = await scanFor(testApp, fixture.person, PERSON_PHONE);
    const postponed = await erasePerson(db(), fixture.organisationId, fixture.person.id, {
      reason: 'erasure_request',
      requestedBy: fixture.admin.id,
    });
    expect(postponed.outcome).toBe('postponed');
    expect(postponed.complete).toBe(false);
    expect(postponed.postponed?.openIncidents).toBe(1);
    expect(postponed.postponed?.reason.nl).toContain('incident dat nog loopt');
    expect(postponed.postponed?.article).toMatch(/17\(3\)/);
    // Nothing of the person changed (only the audit log says it waits).
    const after = await scanFor(testApp, fixture.person, PERSON_PHONE);
    expect(where(after.filter((hit) => hit.table !== 'audit_log'))).toEqual(
      where(before.filter((hit) => hit.table !== 'audit_log')),
    );
  });

  it('leaves nothing half erased when it fails midway', async () => {
    const closed = await requestAs(
      testApp,
      fixture.adminCookie,
      'PATCH',
      `/api/incidents/${fixture.room.incidentId}`,
      {
        status: 'closed',
      },
    );
    expect(closed.status).toBe(200);
    const before = await scanFor(testApp, fixture.person, PERSON_PHONE);
    // The last step (deleting the account) fails: everything before it must be undone.
    const handle = testApp.database.handle;
    await handle.executeSql(`create function test_refuse_erasure() returns trigger as $$
      begin raise exception 'refused for the test'; end; $$ language plpgsql`);
    await handle.executeSql(
      `create trigger test_refuse_erasure before delete on users for each row
       when (old.id = '${fixture.person.id}') execute function test_refuse_erasure()`,
    );
    try {
      await expect(
        erasePerson(db(), fixture.organisationId, fixture.person.id, {
          reason: 'erasure_request',
          requestedBy: fixture.admin.id,
        }),
      ).rejects.toThrow();
    } finally {
      await handle.executeSql('drop trigger test_refuse_erasure on users');
      await handle.executeSql('drop function test_refuse_erasure()');
    }
    const after = await scanFor(testApp, fixture.person, PERSON_PHONE);
    expect(after.map((hit) => `${hit.table}.${hit.column}=${text(hit.value)}`).sort()).toEqual(
      before.map((hit) => `${hit.table}.${hit.column}=${text(hit.value)}`).sort(),
    );
    const pseudonyms = await db().select().from(users).where(like(users.email, '%@invalid'));
    expect(pseudonyms).toEqual([]);
    const [entry] = await db()
      .select({ authorId: logbookEntries.authorId })
      .from(logbookEntries)
      .where(eq(logbookEntries.incidentId, fixture.room.incidentId))
      .limit(1);
    expect(entry?.authorId).toBe(fixture.person.id);
  });

  it('erases: the scan afterwards finds nothing but what the stated exceptions keep', async () => {
    adminBefore = await scanFor(testApp, fixture.admin, fixture.admin.phone);
    strangerBefore = await strangerScan();
    result = await erasePerson(db(), fixture.organisationId, fixture.person.id, {
      reason: 'erasure_request',
      requestedBy: fixture.admin.id,
    });
    expect(result.outcome).toBe('erased');
    expect(result.complete).toBe(true);
    expect(
      result.scan?.hits.every(
        (hit) => hit.coveredBy === 'audit-trail' || hit.coveredBy === 'erasure-evidence',
      ),
    ).toBe(true);
    // An independent scan (the access report test's) agrees: only columns kept under an exception.
    const hits = await scanFor(testApp, fixture.person, PERSON_PHONE, fixture.stranger);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const entry = DATA_MAP.find(
        (candidate) => candidate.table === hit.table && candidate.column === hit.column,
      );
      expect(entry?.erasure.kind, `${hit.table}.${hit.column}`).toBe('keep');
    }
    // Each kept value is stated with its legal ground and an end date.
    const audit = result.kept.find((kept) => kept.table === 'audit_log' && kept.column === 'actor_user_id');
    expect(audit).toMatchObject({ exception: 'audit-trail' });
    expect(audit?.article).toMatch(/17\(3\)/);
    expect(audit?.reason.en).toContain('audit log');
    expect(new Date(audit?.endsAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 700 * 24 * 60 * 60 * 1000);
    expect(await db().select().from(users).where(eq(users.id, fixture.person.id))).toEqual([]);
    // The pseudonym holds nothing of the person.
    const [pseudonym] = await db()
      .select()
      .from(users)
      .where(eq(users.id, result.pseudonymId ?? ''));
    expect(pseudonym).toMatchObject({
      name: 'verwijderde gebruiker',
      phone: null,
      passwordHash: null,
      status: 'deactivated',
      organisationId: fixture.organisationId,
    });
    expect(pseudonym?.email).toMatch(/^erased-.*@invalid$/);
  });

  it('keeps the crisis logbook whole, written by "verwijderde gebruiker"', async () => {
    const response = await requestAs(
      testApp,
      fixture.adminCookie,
      'GET',
      `/api/incidents/${fixture.room.incidentId}/logbook`,
    );
    expect(response.status).toBe(200);
    const entries = await readJson<{ text: string; author: { id: string; name: string } | null }[]>(response);
    const texts = entries.map((entry) => entry.text);
    expect(texts).toEqual(expect.arrayContaining(['Eerste melding van Femke', 'Tweede melding van Femke']));
    const authors = new Set(entries.map((entry) => entry.author?.id));
    expect(authors).toEqual(new Set([result.pseudonymId]));
    expect(entries.every((entry) => entry.author?.name === 'verwijderde gebruiker')).toBe(true);
  });

  it('still counts the person once in the incident team and on the alert board', async () => {
    const participants = await db()
      .select({ userId: incidentParticipants.userId })
      .from(incidentParticipants)
      .where(eq(incidentParticipants.incidentId, fixture.room.incidentId));
    expect(participants).toEqual([{ userId: result.pseudonymId }]);
    const board = await requestAs(testApp, fixture.adminCookie, 'GET', `/api/alerts/${fixture.alertId}`);
    expect(board.status).toBe(200);
    const alert = await readJson<{
      counts: { recipients: number; coming: number };
      recipients: { userId: string; name: string; response: string | null; etaMinutes: number | null }[];
    }>(board);
    expect(alert.counts).toMatchObject({ recipients: 1, coming: 1 });
    expect(alert.recipients).toEqual([
      expect.objectContaining({
        userId: result.pseudonymId,
        name: 'verwijderde gebruiker',
        response: 'coming',
        etaMinutes: 15,
      }),
    ]);
    // Out of the roster's turn order; the colleague keeps their place.
    const [roster] = await db()
      .select({ memberIds: onCallRosters.memberIds })
      .from(onCallRosters)
      .where(eq(onCallRosters.id, fixture.rosterId));
    expect(roster?.memberIds).toEqual([fixture.admin.id]);
  });

  it('leaves other people’s data untouched, and hides the pseudonym from the list of people', async () => {
    const adminAfter = await scanFor(testApp, fixture.admin, fixture.admin.phone);
    // The erasure's own audit entry names its requester, and the live-update outbox (a 7-day copy
    // of changes) loses, whole, every copy that mentioned the erased person, whoever made it.
    const notAudit = (hits: Hit[]) =>
      where(hits.filter((hit) => hit.table !== 'audit_log' && hit.table !== 'events'));
    expect(notAudit(adminAfter)).toEqual(notAudit(adminBefore));
    expect(where(await strangerScan())).toEqual(where(strangerBefore));
    const list = await requestAs(testApp, fixture.adminCookie, 'GET', '/api/users');
    const people = await readJson<{ name: string }[]>(list);
    expect(people.map((person) => person.name)).not.toContain('verwijderde gebruiker');
  });

  it('stores the proof in the audit log as counts and table names, never the erased values', async () => {
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.erased'), eq(auditLog.targetId, fixture.person.id)));
    expect(entry?.actorUserId).toBe(fixture.admin.id);
    expect(entry?.details).toMatchObject({
      reason: 'erasure_request',
      outcome: 'erased',
      complete: true,
      scan: { identifiers: ['id', 'email', 'name', 'phone'] },
    });
    const details = entry?.details as { scan: { columns: number; tables: number }; changed: unknown[] };
    expect(details.scan.columns).toBeGreaterThan(100);
    expect(details.changed).toContainEqual(
      expect.objectContaining({
        table: 'logbook_entries',
        column: 'author_id',
        action: 'pseudonymised',
        rows: 3,
      }),
    );
    const written = JSON.stringify(entry?.details);
    for (const value of [fixture.person.email, fixture.person.name, PERSON_PHONE, 'Femke met vakantie'])
      expect(written).not.toContain(value);
  });
});

// @promise P8 retention executes a cancelled account's erasure after the grace period, and not an undone one
describe.each(backends)('the retention job erases cancelled accounts [%s]', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    fixture = await buildPersonWithData(testApp);
  }, 120_000);
  afterAll(() => testApp?.close());

  it('erases a cancelled account once its grace period has passed, and not one whose cancellation was undone', async () => {
    const db = testApp.database.handle.db;
    const kept = await buildUser(db, fixture.organisationId, { name: 'Joost Blijft-Testpersoon' });
    const closed = await requestAs(
      testApp,
      fixture.adminCookie,
      'PATCH',
      `/api/incidents/${fixture.room.incidentId}`,
      {
        status: 'closed',
      },
    );
    expect(closed.status).toBe(200);
    for (const user of [fixture.person, kept]) {
      const cancelled = await requestAs(testApp, fixture.adminCookie, 'POST', `/api/users/${user.id}/cancel`);
      expect(cancelled.status).toBe(204);
    }
    const restored = await requestAs(testApp, fixture.adminCookie, 'POST', `/api/users/${kept.id}/restore`);
    expect(restored.status).toBe(204);

    // Within the grace period nothing happens.
    const early = await runRetention(testApp.database.handle, new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect(early.erasuresExecuted).toBe(0);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, fixture.person.id))).toHaveLength(
      1,
    );

    const later = new Date(Date.now() + (testApp.config.ERASURE_GRACE_DAYS + 1) * 24 * 60 * 60 * 1000);
    const report = await runRetention(testApp.database.handle, later);
    expect(report).toMatchObject({
      erasuresExecuted: 1,
      erasuresPostponed: 0,
      erasuresFailed: 0,
      erasuresDue: 0,
    });
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, fixture.person.id))).toEqual([]);
    const [remaining] = await db.select().from(users).where(eq(users.id, kept.id));
    expect(remaining).toMatchObject({ status: 'active', name: 'Joost Blijft-Testpersoon' });
    const schedules = await db.select().from(erasureSchedule);
    expect(schedules.find((row) => row.subjectId === fixture.person.id)?.executedAt).toEqual(later);
    expect(schedules.find((row) => row.subjectId === kept.id)?.executedAt).toBeNull();
    const hits = await scanFor(testApp, fixture.person, PERSON_PHONE, fixture.stranger);
    for (const hit of hits)
      expect(
        DATA_MAP.find((entry) => entry.table === hit.table && entry.column === hit.column)?.erasure.kind,
        `${hit.table}.${hit.column}`,
      ).toBe('keep');
    const [proof] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.erased'), eq(auditLog.targetId, fixture.person.id)));
    expect(proof?.actorUserId).toBeNull();
    expect(proof?.details).toMatchObject({ reason: 'account_cancelled_by_organisation', complete: true });

    // The next run has nothing left to do.
    const again = await runRetention(testApp.database.handle, later);
    expect(again.erasuresExecuted).toBe(0);
  });
});
