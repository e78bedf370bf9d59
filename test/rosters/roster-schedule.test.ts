import { describe, expect, it } from 'vitest';
import {
  type RosterRule,
  type SwapRule,
  shiftAt,
  shiftsBetween,
} from '../../server/modules/rosters/roster-schedule.js';

const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;

/** A weekly roster of Anna, Bram and Carla handing over on Mondays at 08:00 Amsterdam time. */
const weekly: RosterRule = {
  rotationStart: at('2029-01-01T08:00:00+01:00'),
  shiftHours: 168,
  memberIds: ['anna', 'bram', 'carla'],
  timeZone: 'Europe/Amsterdam',
};

let swapCounter = 0;
function swap(
  userId: string,
  startsAt: string,
  endsAt: string,
  createdAt = '2028-12-01T00:00:00Z',
): SwapRule {
  swapCounter += 1;
  return {
    id: `swap-${swapCounter}`,
    userId,
    startsAt: at(startsAt),
    endsAt: at(endsAt),
    createdAt: at(createdAt),
  };
}

const whoAt = (rule: RosterRule, swaps: SwapRule[], iso: string, unreachable = new Set<string>()) =>
  shiftAt(rule, swaps, at(iso), unreachable)?.userId;

describe('on-call schedule', () => {
  it('turns over to the next member exactly at the handover hour, and round again', () => {
    expect(whoAt(weekly, [], '2029-01-01T07:59:59+01:00')).toBeUndefined();
    expect(whoAt(weekly, [], '2029-01-01T08:00:00+01:00')).toBe('anna');
    expect(whoAt(weekly, [], '2029-01-08T07:59:59.999+01:00')).toBe('anna');
    expect(whoAt(weekly, [], '2029-01-08T08:00:00+01:00')).toBe('bram');
    expect(whoAt(weekly, [], '2029-01-15T08:00:00+01:00')).toBe('carla');
    expect(whoAt(weekly, [], '2029-01-22T08:00:00+01:00')).toBe('anna');
    const shifts = shiftsBetween(
      weekly,
      [],
      at('2029-01-01T00:00:00+01:00'),
      at('2029-01-22T08:00:00+01:00'),
    );
    expect(
      shifts.map((shift) => [shift.userId, shift.startsAt.toISOString(), shift.endsAt.toISOString()]),
    ).toEqual([
      ['anna', '2029-01-01T07:00:00.000Z', '2029-01-08T07:00:00.000Z'],
      ['bram', '2029-01-08T07:00:00.000Z', '2029-01-15T07:00:00.000Z'],
      ['carla', '2029-01-15T07:00:00.000Z', '2029-01-22T07:00:00.000Z'],
    ]);
  });

  it('has nobody on call before the rotation starts, or without members', () => {
    expect(shiftsBetween(weekly, [], at('2028-12-01T00:00:00Z'), at('2028-12-31T00:00:00Z'))).toEqual([]);
    expect(whoAt({ ...weekly, memberIds: [] }, [], '2029-01-03T12:00:00Z')).toBeUndefined();
  });

  it('lets a swap take over for its period, and hands back when it ends', () => {
    const swaps = [swap('daan', '2029-01-03T18:00:00+01:00', '2029-01-04T08:00:00+01:00')];
    expect(whoAt(weekly, swaps, '2029-01-03T17:59:00+01:00')).toBe('anna');
    expect(whoAt(weekly, swaps, '2029-01-03T18:00:00+01:00')).toBe('daan');
    expect(whoAt(weekly, swaps, '2029-01-04T07:59:00+01:00')).toBe('daan');
    expect(whoAt(weekly, swaps, '2029-01-04T08:00:00+01:00')).toBe('anna');
    const shifts = shiftsBetween(
      weekly,
      swaps,
      at('2029-01-03T00:00:00+01:00'),
      at('2029-01-05T00:00:00+01:00'),
    );
    expect(shifts.map((shift) => [shift.userId, shift.swapped, shift.startsAt.toISOString()])).toEqual([
      ['anna', false, '2029-01-02T23:00:00.000Z'],
      ['daan', true, '2029-01-03T17:00:00.000Z'],
      ['anna', false, '2029-01-04T07:00:00.000Z'],
    ]);
  });

  it('gives overlapping swaps to the one made last, and the earlier one where only it applies', () => {
    const earlier = swap(
      'daan',
      '2029-01-02T08:00:00+01:00',
      '2029-01-05T08:00:00+01:00',
      '2028-12-20T10:00:00Z',
    );
    const later = swap(
      'eva',
      '2029-01-03T08:00:00+01:00',
      '2029-01-04T08:00:00+01:00',
      '2028-12-21T10:00:00Z',
    );
    for (const swaps of [
      [earlier, later],
      [later, earlier],
    ]) {
      expect(whoAt(weekly, swaps, '2029-01-02T12:00:00+01:00')).toBe('daan');
      expect(whoAt(weekly, swaps, '2029-01-03T12:00:00+01:00')).toBe('eva');
      expect(whoAt(weekly, swaps, '2029-01-04T12:00:00+01:00')).toBe('daan');
      expect(whoAt(weekly, swaps, '2029-01-05T12:00:00+01:00')).toBe('anna');
    }
  });

  it('passes over someone who cannot be reached: the next in turn stands in, the rest stays in order', () => {
    const unreachable = new Set(['bram']);
    expect(whoAt(weekly, [], '2029-01-09T12:00:00Z', unreachable)).toBe('carla');
    expect(shiftAt(weekly, [], at('2029-01-09T12:00:00Z'), unreachable)?.standIn).toBe(true);
    expect(whoAt(weekly, [], '2029-01-16T12:00:00Z', unreachable)).toBe('carla');
    expect(whoAt(weekly, [], '2029-01-23T12:00:00Z', unreachable)).toBe('anna');
    // A swap to someone who cannot be reached does not count.
    const swaps = [swap('bram', '2029-01-02T00:00:00Z', '2029-01-03T00:00:00Z')];
    expect(whoAt(weekly, swaps, '2029-01-02T12:00:00Z', unreachable)).toBe('anna');
    expect(whoAt(weekly, [], '2029-01-02T12:00:00Z', new Set(['anna', 'bram', 'carla']))).toBeUndefined();
  });

  it('hands over at 08:00 on the roster’s wall clock across both daylight-saving changes', () => {
    // 2029: summer time from Sunday 25 March, winter time from Sunday 28 October.
    const spring = shiftsBetween(
      weekly,
      [],
      at('2029-03-19T00:00:00+01:00'),
      at('2029-04-03T00:00:00+02:00'),
    );
    expect(spring.map((shift) => shift.startsAt.toISOString())).toEqual([
      '2029-03-18T23:00:00.000Z',
      '2029-03-19T07:00:00.000Z',
      '2029-03-26T06:00:00.000Z',
      '2029-04-02T06:00:00.000Z',
    ]);
    // The week across the change is an hour shorter in real time.
    expect(spring[1] && spring[1].endsAt.getTime() - spring[1].startsAt.getTime()).toBe(167 * HOUR);
    expect(whoAt(weekly, [], '2029-03-26T07:59:00+02:00')).not.toBe(
      whoAt(weekly, [], '2029-03-26T08:00:00+02:00'),
    );
    const autumn = shiftsBetween(
      weekly,
      [],
      at('2029-10-22T09:00:00+02:00'),
      at('2029-11-06T00:00:00+01:00'),
    );
    expect(autumn.map((shift) => shift.startsAt.toISOString()).slice(1)).toEqual([
      '2029-10-29T07:00:00.000Z',
      '2029-11-05T07:00:00.000Z',
    ]);
    // The week across the change is an hour longer in real time.
    const acrossChange = autumn[0];
    expect(acrossChange && acrossChange.endsAt.getTime() - at('2029-10-22T06:00:00Z').getTime()).toBe(
      169 * HOUR,
    );
  });

  it('keeps 12-hour shifts at 08:00 and 20:00, and skips a turn that falls in the hour that does not exist', () => {
    const twelve: RosterRule = { ...weekly, shiftHours: 12, memberIds: ['day', 'night'] };
    const around = shiftsBetween(
      twelve,
      [],
      at('2029-03-24T08:00:00+01:00'),
      at('2029-03-26T08:00:00+02:00'),
    );
    expect(around.map((shift) => [shift.userId, shift.startsAt.toISOString()])).toEqual([
      ['day', '2029-03-24T07:00:00.000Z'],
      ['night', '2029-03-24T19:00:00.000Z'],
      ['day', '2029-03-25T06:00:00.000Z'],
      ['night', '2029-03-25T18:00:00.000Z'],
    ]);
    // Hourly turns: 02:00 does not exist on 25 March, so that turn (a's) has no time; b follows c.
    const hourly: RosterRule = { ...weekly, shiftHours: 1, memberIds: ['a', 'b', 'c'] };
    const night = shiftsBetween(hourly, [], at('2029-03-25T01:00:00+01:00'), at('2029-03-25T04:00:00+02:00'));
    expect(
      night.map((shift) => [shift.userId, shift.startsAt.toISOString(), shift.endsAt.toISOString()]),
    ).toEqual([
      ['c', '2029-03-25T00:00:00.000Z', '2029-03-25T01:00:00.000Z'],
      ['b', '2029-03-25T01:00:00.000Z', '2029-03-25T02:00:00.000Z'],
    ]);
  });

  it('agrees with itself: the shift at any instant is the one the range shows', () => {
    const swaps = [
      swap('daan', '2029-03-20T10:00:00Z', '2029-03-27T10:00:00Z', '2028-12-20T10:00:00Z'),
      swap('eva', '2029-03-24T00:00:00Z', '2029-03-25T12:00:00Z', '2028-12-22T10:00:00Z'),
    ];
    const rule: RosterRule = { ...weekly, shiftHours: 7, memberIds: ['anna', 'bram', 'carla', 'bram'] };
    const from = at('2029-03-15T00:00:00Z');
    const to = at('2029-04-05T00:00:00Z');
    const shifts = shiftsBetween(rule, swaps, from, to, new Set(['carla']));
    for (let instant = from.getTime(); instant < to.getTime(); instant += 37 * 60 * 1000) {
      const inRange = shifts.find(
        (shift) => shift.startsAt.getTime() <= instant && instant < shift.endsAt.getTime(),
      );
      expect(shiftAt(rule, swaps, new Date(instant), new Set(['carla']))?.userId).toBe(inRange?.userId);
    }
  });
});
