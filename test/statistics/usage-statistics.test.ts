import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { auditLog } from '../../server/db/schema/audit-log.js';
import { incidentParticipants } from '../../server/db/schema/incidents.js';
import { usageFacts, usageProjectionCursor } from '../../server/db/schema/usage-statistics.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { purgePlan } from '../../server/modules/privacy/retention/purge-plan.js';
import { runRetention } from '../../server/modules/privacy/retention/run-retention.js';
import { projectUsageEvents } from '../../server/modules/statistics/project-usage-events.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const ADMIN = 'beheerder@voorbeeld.nl';
const OPERATOR = 'operator@baken.local';
const PASSWORD = 'een-lang-wachtwoord-voor-statistiek';

interface Figures {
  activePeople: number;
  weeks: { weekStart: string; activePeople: number }[];
  incidentsStarted: number;
  exercisesStarted: number;
  alertsSent: number;
  alertsReceived: number;
  alertsAnswered: number;
  shareAnswered: number | null;
  medianAnswerSeconds: number | null;
  answerTimesHidden: boolean;
  logbookEntries: number;
}

interface PlatformFigures {
  organisations: { organisationId: string; name: string; activePeople: number; logbookEntries: number }[];
}

const backends = await testBackends();

describe.each(backends)('usage statistics and objection [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let adminCookie: string;
  let member: typeof users.$inferSelect;
  let memberCookie: string;
  let colleague: typeof users.$inferSelect;
  let colleagueCookie: string;
  let incidentId: string;

  const db = () => testApp.database.handle.db;
  const figures = async (cookie: string, days = 30) => {
    const response = await requestAs(testApp, cookie, 'GET', `/api/statistics?days=${days}`);
    expect(response.status).toBe(200);
    return readJson<Figures>(response);
  };
  const factsOf = async (userId: string) =>
    (await db().select({ n: count() }).from(usageFacts).where(eq(usageFacts.userId, userId)))[0]?.n ?? 0;
  const writeLog = async (cookie: string, text: string) =>
    expect(
      (await requestAs(testApp, cookie, 'POST', `/api/incidents/${incidentId}/logbook`, { text })).status,
    ).toBe(201);
  const setObjection = async (cookie: string, objecting: boolean) => {
    const response = await requestAs(testApp, cookie, 'PUT', '/api/me/usage-statistics', { objecting });
    expect(response.status).toBe(200);
    return readJson<{ objecting: boolean; objectedAt: string | null; withdrawnAt: string | null }>(response);
  };

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const [admin] = await db().select().from(users).where(eq(users.email, ADMIN));
    if (!admin) throw new Error('no demo admin');
    organisationId = admin.organisationId;
    const passwordHash = await hashPassword(PASSWORD);
    member = await buildUser(db(), organisationId, {
      name: 'Mila Teller-Testpersoon',
      passwordHash,
      emailVerifiedAt: new Date(),
    });
    colleague = await buildUser(db(), organisationId, {
      name: 'Ruud Beperkt-Testpersoon',
      passwordHash,
      emailVerifiedAt: new Date(),
    });
    adminCookie = await signInToApp(testApp, ADMIN);
    memberCookie = await signInToApp(testApp, member.email, '198.51.100.61', PASSWORD);
    colleagueCookie = await signInToApp(testApp, colleague.email, '198.51.100.62', PASSWORD);
    const room = await buildIncidentRoom(db(), organisationId, member.id);
    incidentId = room.incidentId;
    await db()
      .insert(incidentParticipants)
      .values({ id: uuidv7(), organisationId, incidentId, userId: colleague.id });
  }, 60_000);
  afterAll(async () => {
    await testApp?.close();
  });

  // @promise P10 the projector turns events into usage facts, once per event, across restarts
  it('records usage facts from the events outbox, each event once, across restarts', async () => {
    // What the demo organisation's own start left in the outbox.
    const baseline = await figures(adminCookie);
    await writeLog(memberCookie, 'Eerste melding van Mila');
    await writeLog(memberCookie, 'Tweede melding van Mila');
    await writeLog(colleagueCookie, 'Melding van Ruud');
    const exercise = await requestAs(testApp, adminCookie, 'POST', '/api/incidents', {
      title: 'Oefening ontruiming',
      isExercise: true,
      alert: { send: false },
    });
    expect(exercise.status).toBe(201);
    const sent = await requestAs(testApp, adminCookie, 'POST', '/api/alerts', {
      title: 'Oproep crisisteam',
      targets: { userIds: [member.id, colleague.id] },
    });
    expect(sent.status).toBe(201);
    const alert = await readJson<{ id: string }>(sent);
    const answered = await requestAs(testApp, memberCookie, 'POST', `/api/alerts/${alert.id}/response`, {
      response: 'coming',
      etaMinutes: 10,
    });
    expect(answered.status).toBeLessThan(300);

    const first = await projectUsageEvents(db());
    expect(first.recorded).toBeGreaterThanOrEqual(7);
    const stored = (await db().select({ n: count() }).from(usageFacts))[0]?.n;
    // A second run reads nothing new; a run that lost its cursor (a crash before the commit) reads
    // everything again and records nothing twice.
    expect((await projectUsageEvents(db())).read).toBe(0);
    await db().update(usageProjectionCursor).set({ lastEventId: 0 });
    const again = await projectUsageEvents(db());
    expect(again.read).toBeGreaterThan(0);
    expect(again.recorded).toBe(0);
    expect((await db().select({ n: count() }).from(usageFacts))[0]?.n).toBe(stored);

    const shown = await figures(adminCookie);
    expect(shown.logbookEntries).toBe(baseline.logbookEntries + 3);
    expect(shown.exercisesStarted).toBe(baseline.exercisesStarted + 1);
    expect(shown.incidentsStarted).toBe(baseline.incidentsStarted);
    expect(shown.alertsSent).toBe(baseline.alertsSent + 1);
    expect(shown.alertsReceived).toBe(baseline.alertsReceived + 2);
    expect(shown.alertsAnswered).toBe(baseline.alertsAnswered + 1);
    // Too few answers to show a median without pointing at someone (answer-times-threshold.test.ts).
    expect(shown.answerTimesHidden).toBe(shown.alertsAnswered < 5);
    // Mila and Ruud did something now; the week of today counts them.
    expect(shown.activePeople).toBeGreaterThanOrEqual(baseline.activePeople + 2);
    expect(shown.weeks.at(-1)?.activePeople).toBe(shown.activePeople);
    expect(shown.weeks.length).toBeGreaterThanOrEqual(5);
  });

  it('shows aggregates to organisation admins only', async () => {
    expect((await requestAs(testApp, memberCookie, 'GET', '/api/statistics')).status).toBe(403);
    expect((await requestAs(testApp, adminCookie, 'GET', '/api/statistics?days=7')).status).toBe(400);
    const body = await (await requestAs(testApp, adminCookie, 'GET', '/api/statistics?days=90')).text();
    // Never a person: no id, no name of anyone counted.
    for (const person of [member, colleague]) {
      expect(body).not.toContain(person.id);
      expect(body).not.toContain(person.name);
    }
  });

  // @promise P10 a restricted person appears in no statistic, past facts included, while the restriction lasts
  it('leaves a restricted person out of every statistic while the restriction lasts', async () => {
    const before = await figures(adminCookie);
    const restricted = await requestAs(
      testApp,
      adminCookie,
      'POST',
      `/api/users/${colleague.id}/restriction`,
      {
        ground: 'accuracy-contested',
      },
    );
    expect(restricted.status).toBe(201);
    const during = await figures(adminCookie);
    expect(during.logbookEntries).toBe(before.logbookEntries - 1);
    expect(during.alertsReceived).toBe(before.alertsReceived - 1);
    expect(during.activePeople).toBe(before.activePeople - 1);
    expect(during.alertsAnswered).toBe(before.alertsAnswered);
    const platform = await readJson<PlatformFigures>(
      await requestAs(testApp, await signInToApp(testApp, OPERATOR), 'GET', '/api/operator/statistics'),
    );
    expect(platform.organisations.find((row) => row.organisationId === organisationId)?.logbookEntries).toBe(
      during.logbookEntries,
    );
    // Nothing is collected about them meanwhile (their data is only stored), whatever they do.
    const factsBefore = await factsOf(colleague.id);
    await requestAs(testApp, colleagueCookie, 'POST', `/api/incidents/${incidentId}/logbook`, {
      text: 'Melding tijdens beperking',
    });
    await projectUsageEvents(db());
    const lifted = await requestAs(testApp, adminCookie, 'DELETE', `/api/users/${colleague.id}/restriction`);
    expect(lifted.status).toBeLessThan(300);
    expect(await factsOf(colleague.id)).toBe(factsBefore);
    expect((await figures(adminCookie)).logbookEntries).toBe(before.logbookEntries);
  });

  // @promise P10 objecting deletes what was collected and stops collection at once; withdrawing restores nothing
  it('deletes what was collected the moment a person objects, and collects nothing more', async () => {
    const before = await figures(adminCookie);
    expect(await factsOf(member.id)).toBeGreaterThan(0);
    const state = await setObjection(memberCookie, true);
    expect(state.objecting).toBe(true);
    // At once: no projector run, no job in between.
    expect(await factsOf(member.id)).toBe(0);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'usage_statistics.objected'), eq(auditLog.targetId, member.id)));
    expect(audit?.actorUserId).toBe(member.id);
    expect(Number((audit?.details as { factsDeleted?: number } | undefined)?.factsDeleted)).toBeGreaterThan(
      0,
    );
    const after = await figures(adminCookie);
    expect(after.logbookEntries).toBe(before.logbookEntries - 2);
    expect(after.alertsAnswered).toBe(0);
    expect(after.activePeople).toBe(before.activePeople - 1);

    await writeLog(memberCookie, 'Melding tijdens bezwaar');
    await projectUsageEvents(db());
    expect(await factsOf(member.id)).toBe(0);
    expect((await figures(adminCookie)).logbookEntries).toBe(after.logbookEntries);
    // Objecting again changes nothing and is no error.
    expect((await setObjection(memberCookie, true)).objectedAt).toBe(state.objectedAt);
  });

  it('restarts collection from the withdrawal on, without bringing anything back', async () => {
    const before = await figures(adminCookie);
    const state = await setObjection(memberCookie, false);
    expect(state).toMatchObject({ objecting: false });
    expect(state.withdrawnAt).not.toBeNull();
    expect(await factsOf(member.id)).toBe(0);
    await writeLog(memberCookie, 'Melding na intrekking');
    // Even a projector that reads the whole outbox again counts only what came after the withdrawal.
    await db().update(usageProjectionCursor).set({ lastEventId: 0 });
    await projectUsageEvents(db());
    expect(await factsOf(member.id)).toBe(1);
    expect((await figures(adminCookie)).logbookEntries).toBe(before.logbookEntries + 1);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'usage_statistics.objection_withdrawn'), eq(auditLog.targetId, member.id)),
      );
    expect(audits).toHaveLength(1);
  });

  // @promise P10 answering an objection request sets the objection for the requester's account
  it('sets the objection when a handler answers an objection request', async () => {
    expect(await factsOf(colleague.id)).toBeGreaterThan(0);
    const filed = await requestAs(testApp, colleagueCookie, 'POST', '/api/privacy/requests', {
      right: 'objection',
      about: 'organisation',
      description: 'Ik wil niet in statistieken voorkomen.',
      password: PASSWORD,
    });
    expect(filed.status).toBe(201);
    const request = await readJson<{ id: string }>(filed);
    const answer = await requestAs(
      testApp,
      adminCookie,
      'POST',
      `/api/privacy/requests/${request.id}/answer`,
      {
        outcome: 'answered',
        answer: 'Uw bezwaar is verwerkt.',
      },
    );
    expect(answer.status).toBe(204);
    expect(await factsOf(colleague.id)).toBe(0);
    const mine = await readJson<{ objecting: boolean }>(
      await requestAs(testApp, colleagueCookie, 'GET', '/api/me/usage-statistics'),
    );
    expect(mine.objecting).toBe(true);
    await writeLog(colleagueCookie, 'Nog een melding van Ruud');
    await projectUsageEvents(db());
    expect(await factsOf(colleague.id)).toBe(0);
  });

  it('shows an admin only their own organisation, and operator staff counts per organisation', async () => {
    const other = await buildOrganisation(db(), 'Veiligheidsregio Elders');
    await db()
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() })
      .where(eq(users.id, other.admin.id));
    const otherCookie = await signInToApp(testApp, other.admin.email, '198.51.100.63', PASSWORD);
    const theirs = await figures(otherCookie, 365);
    expect(theirs).toMatchObject({ logbookEntries: 0, activePeople: 0, alertsSent: 0, exercisesStarted: 0 });
    expect((await figures(adminCookie, 365)).logbookEntries).toBeGreaterThan(0);
    // Organisation admins are not operator staff.
    expect((await requestAs(testApp, adminCookie, 'GET', '/api/operator/statistics')).status).toBe(403);
    const operator = await signInToApp(testApp, OPERATOR);
    const platform = await readJson<PlatformFigures>(
      await requestAs(testApp, operator, 'GET', '/api/operator/statistics?days=365'),
    );
    const names = platform.organisations.map((row) => row.name);
    expect(names).toContain('Veiligheidsregio Elders');
    expect(names).not.toContain('Baken Beheer');
    expect(JSON.stringify(platform)).not.toContain(member.id);
  });

  // @promise P10 usage facts are purged 13 months after they were recorded
  it('keeps usage facts thirteen months', async () => {
    const step = purgePlan().steps.find((candidate) => candidate.table === 'usage_facts');
    expect(step?.rule).toEqual({ kind: 'days', days: 396, from: 'occurred_at' });
    const stored = (await db().select({ n: count() }).from(usageFacts))[0]?.n ?? 0;
    expect(stored).toBeGreaterThan(0);
    const early = await runRetention(testApp.database.handle, new Date(Date.now() + 390 * 86_400_000));
    expect(early.purged.usage_facts).toBe(0);
    const late = await runRetention(testApp.database.handle, new Date(Date.now() + 397 * 86_400_000));
    expect(late.purged.usage_facts).toBe(stored);
  });
});
