import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { onCallRosters, onCallSwaps } from '../../server/db/schema/rosters.js';
import { roles } from '../../server/db/schema/teams.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { demoPeople, type Role } from '../preparation/preparation-fixtures.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Roster {
  id: string;
  roleId: string;
  roleName: string;
  name: string;
  timeZone: string;
  rotationStart: string;
  shiftHours: number;
  members: { userId: string; name: string; available: boolean }[];
  current: { userId: string; name: string; swapped: boolean; until: string | null } | null;
  next: { userId: string; name: string; swapped: boolean; startsAt: string } | null;
}

interface Swap {
  id: string;
  startsAt: string;
  endsAt: string;
  userId: string;
  name: string;
  reason: string;
  removable: boolean;
}

interface Schedule {
  shifts: { startsAt: string; endsAt: string; userId: string; name: string; swapped: boolean }[];
  swaps: Swap[];
}

const HOUR = 60 * 60 * 1000;
const backends = await testBackends();

describe.each(backends)('on-call rosters [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let roleIds: Record<string, string>;
  let carlaCookie: string;
  /** A whole hour 36½ hours ago: with daily turns, the second member is on call now. */
  let start: number;
  let roster: Roster;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
    carlaCookie = await signInToApp(testApp, 'communicatie@voorbeeld.nl');
    const list = await readJson<Role[]>(await people.asAdmin('GET', '/api/roles'));
    roleIds = Object.fromEntries(list.map((role) => [role.name, role.id]));
    start = Math.floor(Date.now() / HOUR) * HOUR - 36 * HOUR;
    const response = await people.asAdmin('POST', '/api/rosters', {
      roleId: roleIds.Voorzitter,
      name: 'Piket voorzitter',
      timeZone: 'UTC',
      rotationStart: new Date(start).toISOString(),
      shiftHours: 24,
      memberIds: [people.userIds.anna, people.userIds.bram, people.userIds.carla],
    });
    expect(response.status).toBe(201);
    roster = await readJson<Roster>(response);
  });
  afterAll(() => testApp.close());

  const asCarla = (method: string, path: string, body?: unknown) =>
    requestAs(testApp, carlaCookie, method, path, body);
  const iso = (time: number) => new Date(time).toISOString();

  it('shows everyone the roster with its members, who is on call now and the next handover', async () => {
    expect(roster).toMatchObject({
      roleName: 'Voorzitter',
      name: 'Piket voorzitter',
      shiftHours: 24,
      members: [
        { name: 'Anna de Vries', available: true },
        { name: 'Bram Jansen', available: true },
        { name: 'Carla Bakker', available: true },
      ],
      current: {
        userId: people.userIds.bram,
        name: 'Bram Jansen',
        swapped: false,
        until: iso(start + 48 * HOUR),
      },
      next: { userId: people.userIds.carla, name: 'Carla Bakker', startsAt: iso(start + 48 * HOUR) },
    });
    const seenByMember = await readJson<Roster[]>(await people.asMember('GET', '/api/rosters'));
    expect(seenByMember.find((listed) => listed.id === roster.id)).toEqual(roster);
  });

  it('allows one roster per role and says what to do instead', async () => {
    const second = await people.asAdmin('POST', '/api/rosters', {
      roleId: roleIds.Voorzitter,
      name: 'Tweede piket',
      rotationStart: iso(start),
      memberIds: [],
    });
    expect(second.status).toBe(409);
    const error = await errorOf(second);
    expect(error.code).toBe('roster_role_taken');
    expect(error.message).toBe(
      'Deze rol heeft al een piketrooster. Pas dat rooster aan, of kies een andere rol.',
    );
  });

  it('changes and deletes a roster; changes are audited', async () => {
    const created = await readJson<Roster>(
      await people.asAdmin('POST', '/api/rosters', {
        roleId: roleIds.Notulist,
        name: 'Piket notulist',
        rotationStart: '2029-01-01T08:00:00+01:00',
        memberIds: [people.userIds.daan],
      }),
    );
    expect(created).toMatchObject({ timeZone: 'Europe/Amsterdam', shiftHours: 168, current: null });
    expect(created.next?.startsAt).toBe('2029-01-01T07:00:00.000Z');
    const changed = await people.asAdmin('PATCH', `/api/rosters/${created.id}`, {
      name: 'Piket notulen',
      memberIds: [people.userIds.eva, people.userIds.daan],
    });
    expect(changed.status).toBe(200);
    expect((await readJson<Roster>(changed)).members.map((member) => member.name)).toEqual([
      'Eva Smit',
      'Daan Visser',
    ]);
    expect((await people.asAdmin('DELETE', `/api/rosters/${created.id}`)).status).toBe(204);
    expect((await people.asAdmin('DELETE', `/api/rosters/${created.id}`)).status).toBe(404);
    const audit = await testApp.database.handle.executeSql(
      'select action, details from audit_log where target_id = $1 order by created_at, id',
      [created.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      'roster.created',
      'roster.changed',
      'roster.deleted',
    ]);
    expect(audit.rows[1]?.details).toMatchObject({ name: 'Piket notulen', changed: ['name', 'memberIds'] });
  });

  it('answers invalid input with a message per field', async () => {
    const response = await people.asAdmin('POST', '/api/rosters', {
      roleId: roleIds.Adviseur,
      name: ' ',
      timeZone: 'Mars/Olympus',
      rotationStart: 'maandag',
      shiftHours: 0,
      memberIds: [people.userIds.anna, people.userIds.anna],
    });
    expect(response.status).toBe(400);
    const fields = Object.fromEntries(
      (await errorOf(response)).fields?.map((f) => [f.path, f.message]) ?? [],
    );
    expect(fields).toMatchObject({
      name: 'Vul dit veld in.',
      timeZone: 'Onbekende tijdzone.',
      'memberIds.1': 'Deze persoon staat al in de lijst.',
    });
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['rotationStart', 'shiftHours']));
    const longAgo = await people.asAdmin('POST', '/api/rosters', {
      roleId: roleIds.Adviseur,
      name: 'Piket adviseur',
      rotationStart: '1999-12-27T08:00:00+01:00',
    });
    expect((await errorOf(longAgo)).fields).toEqual([
      { path: 'rotationStart', message: 'Kies een begin tussen het jaar 2000 en 2100.' },
    ]);

    const stranger = await buildUser(
      testApp.database.handle.db,
      (await buildOrganisation(testApp.database.handle.db)).organisation.id,
    );
    const foreignMember = await people.asAdmin('POST', '/api/rosters', {
      roleId: roleIds.Adviseur,
      name: 'Piket adviseur',
      rotationStart: iso(start),
      memberIds: [people.userIds.anna, stranger.id],
    });
    expect(foreignMember.status).toBe(400);
    expect((await errorOf(foreignMember)).fields).toEqual([
      { path: 'memberIds.1', message: 'Deze persoon hoort niet (meer) bij uw organisatie.' },
    ]);

    const backwards = await people.asAdmin('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(Date.now() + 5 * HOUR),
      endsAt: iso(Date.now() + 4 * HOUR),
      userId: people.userIds.daan,
    });
    expect((await errorOf(backwards)).fields).toEqual([
      { path: 'endsAt', message: 'Het eind moet na het begin liggen.' },
    ]);
    const tooLong = await people.asAdmin('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(Date.now()),
      endsAt: iso(Date.now() + 32 * 24 * HOUR),
      userId: people.userIds.daan,
    });
    expect((await errorOf(tooLong)).fields?.[0]?.path).toBe('endsAt');
    const longRange = await people.asMember(
      'GET',
      `/api/rosters/${roster.id}/schedule?from=2029-01-01T00:00:00Z&to=2029-03-15T00:00:00Z`,
    );
    expect(longRange.status).toBe(400);
    expect((await errorOf(longRange)).fields).toEqual([
      { path: 'to', message: 'Vraag hoogstens 62 dagen tegelijk op.' },
    ]);
    // Nothing was written by the refused requests.
    const rows = await testApp.database.handle.executeSql('select count(*)::int as n from on_call_rosters');
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('keeps setting up rosters and deputies for admins: a member gets 403 whatever they send', async () => {
    expect((await people.asMember('POST', '/api/rosters', { name: '' })).status).toBe(403);
    expect((await people.asMember('PATCH', `/api/rosters/${roster.id}`, { name: 'Van mij' })).status).toBe(
      403,
    );
    expect((await people.asMember('DELETE', `/api/rosters/${roster.id}`)).status).toBe(403);
    expect(
      (await people.asMember('PUT', `/api/roles/${roleIds.Voorzitter}/deputies`, { userIds: [] })).status,
    ).toBe(403);
  });

  it('lets the person on call hand their own shift to a colleague, and withdraw it', async () => {
    const from = Date.now() + HOUR;
    const until = Math.min(from + 2 * HOUR, start + 48 * HOUR);
    const response = await people.asMember('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(from),
      endsAt: iso(until),
      userId: people.userIds.daan,
      reason: 'Tandarts',
    });
    expect(response.status).toBe(201);
    const swap = await readJson<Swap>(response);
    expect(swap).toMatchObject({ name: 'Daan Visser', reason: 'Tandarts', removable: true });

    const schedule = await readJson<Schedule>(
      await asCarla(
        'GET',
        `/api/rosters/${roster.id}/schedule?from=${iso(from - HOUR)}&to=${iso(until + HOUR)}`,
      ),
    );
    expect(schedule.shifts.map((shift) => [shift.name, shift.swapped, shift.startsAt])).toEqual([
      ['Bram Jansen', false, iso(from - HOUR)],
      ['Daan Visser', true, iso(from)],
      ['Bram Jansen', false, iso(until)],
    ]);
    // Carla sees the swap but may not withdraw someone else's.
    expect(schedule.swaps.map((listed) => [listed.id, listed.removable])).toEqual([[swap.id, false]]);
    const notHers = await asCarla('DELETE', `/api/rosters/${roster.id}/swaps/${swap.id}`);
    expect(notHers.status).toBe(403);
    expect((await errorOf(notHers)).code).toBe('roster_swap_remove_not_yours');

    expect((await people.asMember('DELETE', `/api/rosters/${roster.id}/swaps/${swap.id}`)).status).toBe(204);
    const after = await readJson<Schedule>(
      await asCarla('GET', `/api/rosters/${roster.id}/schedule?from=${iso(from)}&to=${iso(until)}`),
    );
    expect(after.shifts.map((shift) => shift.name)).toEqual(['Bram Jansen']);
    const audit = await testApp.database.handle.executeSql(
      `select action from audit_log where target_id = $1 and action like 'roster_swap.%' order by created_at, id`,
      [roster.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(['roster_swap.created', 'roster_swap.deleted']);
  });

  it('refuses a member who swaps someone else’s shift, or a period only partly theirs', async () => {
    const carlasTurn = start + 48 * HOUR;
    const othersShift = await people.asMember('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(carlasTurn + HOUR),
      endsAt: iso(carlasTurn + 2 * HOUR),
      userId: people.userIds.daan,
    });
    expect(othersShift.status).toBe(403);
    expect((await errorOf(othersShift)).message).toContain('U kunt alleen uw eigen dienst ruilen');
    const across = await people.asMember('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(carlasTurn - HOUR),
      endsAt: iso(carlasTurn + HOUR),
      userId: people.userIds.daan,
    });
    expect(across.status).toBe(403);
    // Carla may hand over her own turn; an admin may arrange any swap.
    const hers = await asCarla('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(carlasTurn + HOUR),
      endsAt: iso(carlasTurn + 2 * HOUR),
      userId: people.userIds.eva,
    });
    expect(hers.status).toBe(201);
    const byAdmin = await people.asAdmin('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(carlasTurn - HOUR),
      endsAt: iso(carlasTurn + HOUR),
      userId: people.userIds.daan,
    });
    expect(byAdmin.status).toBe(201);
    // Nobody can hand a shift to a deactivated colleague.
    const inactive = await buildUser(testApp.database.handle.db, people.organisationId, {
      status: 'deactivated',
    });
    const toInactive = await people.asAdmin('POST', `/api/rosters/${roster.id}/swaps`, {
      startsAt: iso(carlasTurn + 3 * HOUR),
      endsAt: iso(carlasTurn + 4 * HOUR),
      userId: inactive.id,
    });
    expect(toInactive.status).toBe(400);
    expect((await errorOf(toInactive)).fields?.[0]?.path).toBe('userId');
  });

  it('answers 404 for another organisation’s roster, swap or role, and changes nothing there', async () => {
    const db = testApp.database.handle.db;
    const other = await buildOrganisation(db, 'Ziekenhuis Elders');
    const roleB = uuidv7();
    const rosterB = uuidv7();
    const swapB = uuidv7();
    await db.insert(roles).values({ id: roleB, organisationId: other.organisation.id, name: 'Arts' });
    await db.insert(onCallRosters).values({
      id: rosterB,
      organisationId: other.organisation.id,
      roleId: roleB,
      name: 'Piket arts',
      rotationStart: new Date(start),
      memberIds: [other.admin.id],
    });
    await db.insert(onCallSwaps).values({
      id: swapB,
      organisationId: other.organisation.id,
      rosterId: rosterB,
      startsAt: new Date(Date.now()),
      endsAt: new Date(Date.now() + HOUR),
      userId: other.admin.id,
    });
    const body = {
      startsAt: iso(Date.now() + HOUR),
      endsAt: iso(Date.now() + 2 * HOUR),
      userId: people.userIds.daan,
    };
    const answers = [
      await people.asAdmin('GET', `/api/rosters/${rosterB}/schedule`),
      await people.asAdmin('PATCH', `/api/rosters/${rosterB}`, { name: 'Overgenomen' }),
      await people.asAdmin('DELETE', `/api/rosters/${rosterB}`),
      await people.asAdmin('POST', `/api/rosters/${rosterB}/swaps`, body),
      await people.asAdmin('DELETE', `/api/rosters/${rosterB}/swaps/${swapB}`),
      await people.asAdmin('DELETE', `/api/rosters/${roster.id}/swaps/${swapB}`),
      await people.asAdmin('GET', `/api/roles/${roleB}/deputies`),
      await people.asAdmin('PUT', `/api/roles/${roleB}/deputies`, { userIds: [] }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual(Array(answers.length).fill(404));
    const listed = await readJson<Roster[]>(await people.asAdmin('GET', '/api/rosters'));
    expect(listed.map((item) => item.id)).not.toContain(rosterB);
    const still = await testApp.database.handle.executeSql(
      'select name, (select count(*)::int from on_call_swaps where roster_id = $1) as swaps from on_call_rosters where id = $1',
      [rosterB],
    );
    expect(still.rows[0]).toEqual({ name: 'Piket arts', swaps: 1 });
  });
});
