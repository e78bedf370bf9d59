import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onCallNow } from '../../server/modules/rosters/resolve-on-call.js';
import { demoPeople, type Role } from '../preparation/preparation-fixtures.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Roster {
  id: string;
  roleId: string;
  current: { userId: string; name: string; until: string | null } | null;
  next: { userId: string; name: string; startsAt: string } | null;
}

interface Schedule {
  shifts: {
    startsAt: string;
    endsAt: string;
    userId: string;
    name: string;
    swapped: boolean;
    standIn: boolean;
  }[];
}

const HOUR = 60 * 60 * 1000;
const backends = await testBackends();

describe.each(backends)('who is on call now [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let roleIds: Record<string, string>;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
    const list = await readJson<Role[]>(await people.asAdmin('GET', '/api/roles'));
    roleIds = Object.fromEntries(list.map((role) => [role.name, role.id]));
  });
  afterAll(() => testApp.close());

  const iso = (time: number) => new Date(time).toISOString();
  const query = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const resolve = (roles: string[], at: Date) =>
    testApp.database.handle.db.transaction((tx) => onCallNow(tx, people.organisationId, roles, at));

  async function createRoster(body: Record<string, unknown>) {
    const response = await people.asAdmin('POST', '/api/rosters', body);
    expect(response.status).toBe(201);
    return readJson<Roster>(response);
  }

  async function setStatus(userId: string, status: string, restricted = false) {
    await testApp.database.handle.executeSql(
      'update users set status = $2, restricted_at = $3 where id = $1',
      [userId, status, restricted ? new Date().toISOString() : null],
    );
  }

  it('resolves each role to whoever the calendar shows, at many instants, swaps and all', async () => {
    const start = Date.parse('2029-03-01T06:00:00Z');
    const roster = await createRoster({
      roleId: roleIds.Communicatie,
      name: 'Piket communicatie',
      rotationStart: iso(start),
      shiftHours: 11,
      memberIds: [people.userIds.carla, people.userIds.daan, people.userIds.eva],
    });
    const swap = async (userId: string, from: string, to: string) =>
      expect(
        (
          await people.asAdmin('POST', `/api/rosters/${roster.id}/swaps`, {
            startsAt: from,
            endsAt: to,
            userId,
            reason: 'Ruil',
          })
        ).status,
      ).toBe(201);
    await swap(people.userIds.anna, '2029-03-20T10:00:00Z', '2029-03-26T10:00:00Z');
    await swap(people.userIds.bram, '2029-03-22T00:00:00Z', '2029-03-23T12:00:00Z');
    const from = '2029-03-18T00:00:00+01:00';
    const to = '2029-04-01T00:00:00+02:00';
    const schedule = await readJson<Schedule>(
      await people.asMember('GET', `/api/rosters/${roster.id}/schedule?${query(from, to)}`),
    );
    expect(schedule.shifts.some((shift) => shift.swapped && shift.name === 'Bram Jansen')).toBe(true);
    for (let instant = Date.parse(from); instant < Date.parse(to); instant += 173 * 60 * 1000) {
      const shown = schedule.shifts.find(
        (shift) => Date.parse(shift.startsAt) <= instant && instant < Date.parse(shift.endsAt),
      );
      const onCall = await resolve([roleIds.Communicatie ?? '', roleIds.Facilitair ?? ''], new Date(instant));
      expect([iso(instant), onCall.get(roleIds.Communicatie ?? '')]).toEqual([iso(instant), shown?.userId]);
      // A role without a roster is absent.
      expect(onCall.has(roleIds.Facilitair ?? '')).toBe(false);
    }
    // Before the rotation starts nobody is on call.
    expect((await resolve([roleIds.Communicatie ?? ''], new Date(start - 1))).size).toBe(0);
  });

  it('passes over deactivated, cancelled and restricted people, in the calendar and at send time', async () => {
    const start = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
    const roster = await createRoster({
      roleId: roleIds.Informatiemanager,
      name: 'Piket informatiemanager',
      timeZone: 'UTC',
      rotationStart: iso(start),
      shiftHours: 4,
      memberIds: [people.userIds.daan, people.userIds.eva, people.userIds.carla],
    });
    const roleId = roleIds.Informatiemanager ?? '';
    expect(roster.current?.userId).toBe(people.userIds.daan);
    expect((await resolve([roleId], new Date())).get(roleId)).toBe(people.userIds.daan);

    for (const [status, restricted] of [
      ['deactivated', false],
      ['cancelled', false],
      ['active', true],
    ] as const) {
      await setStatus(people.userIds.daan, status, restricted);
      expect((await resolve([roleId], new Date())).get(roleId)).toBe(people.userIds.eva);
      const listed = (await readJson<Roster[]>(await people.asAdmin('GET', '/api/rosters'))).find(
        (item) => item.id === roster.id,
      );
      expect(listed?.current?.userId).toBe(people.userIds.eva);
      const schedule = await readJson<Schedule>(
        await people.asAdmin(
          'GET',
          `/api/rosters/${roster.id}/schedule?${query(iso(start), iso(start + 8 * HOUR))}`,
        ),
      );
      // Eva stands in for Daan's turn, then has her own; the rotation after that is unchanged.
      expect(schedule.shifts.map((shift) => [shift.name, shift.standIn, shift.startsAt])).toEqual([
        ['Eva Smit', true, iso(start)],
        ['Eva Smit', false, iso(start + 4 * HOUR)],
      ]);
    }
    await setStatus(people.userIds.eva, 'deactivated');
    expect((await resolve([roleId], new Date())).get(roleId)).toBe(people.userIds.carla);
    await setStatus(people.userIds.carla, 'deactivated');
    expect((await resolve([roleId], new Date())).has(roleId)).toBe(false);
    for (const userId of [people.userIds.daan, people.userIds.eva, people.userIds.carla])
      await setStatus(userId, 'active');
    expect((await resolve([roleId], new Date())).get(roleId)).toBe(people.userIds.daan);
  });

  it('hands over at 08:00 Amsterdam time every Monday, across the change to summer time', async () => {
    const roster = await createRoster({
      roleId: roleIds.Adviseur,
      name: 'Weekpiket adviseur',
      timeZone: 'Europe/Amsterdam',
      rotationStart: '2029-03-19T08:00:00+01:00',
      shiftHours: 168,
      memberIds: [people.userIds.anna, people.userIds.bram],
    });
    const schedule = await readJson<Schedule>(
      await people.asAdmin(
        'GET',
        `/api/rosters/${roster.id}/schedule?${query('2029-03-19T08:00:00+01:00', '2029-04-09T08:00:00+02:00')}`,
      ),
    );
    expect(schedule.shifts.map((shift) => [shift.name, shift.startsAt, shift.endsAt])).toEqual([
      ['Anna de Vries', '2029-03-19T07:00:00.000Z', '2029-03-26T06:00:00.000Z'],
      ['Bram Jansen', '2029-03-26T06:00:00.000Z', '2029-04-02T06:00:00.000Z'],
      ['Anna de Vries', '2029-04-02T06:00:00.000Z', '2029-04-09T06:00:00.000Z'],
    ]);
    const adviseur = roleIds.Adviseur ?? '';
    expect((await resolve([adviseur], new Date('2029-03-26T07:59:00+02:00'))).get(adviseur)).toBe(
      people.userIds.anna,
    );
    expect((await resolve([adviseur], new Date('2029-03-26T08:00:00+02:00'))).get(adviseur)).toBe(
      people.userIds.bram,
    );
  });
});
