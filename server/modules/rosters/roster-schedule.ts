import { instantOf, wallClockOf } from '../../../common/wall-clock.js';

/** What the schedule is computed from: the roster's rotation. */
export interface RosterRule {
  rotationStart: Date;
  shiftHours: number;
  /** User ids in turn order; a person may appear more than once. */
  memberIds: readonly string[];
  timeZone: string;
}

/** A swap as the schedule needs it. */
export interface SwapRule {
  id: string;
  startsAt: Date;
  endsAt: Date;
  userId: string;
  createdAt: Date;
}

/** A stretch of time in which one person is on call. */
export interface Shift {
  startsAt: Date;
  endsAt: Date;
  userId: string;
  /** Someone took this over with a swap. */
  swapped: boolean;
  swapId: string | null;
  /** The person whose turn it was cannot be reached, so the next in turn stands in. */
  standIn: boolean;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The rotation, and its daylight-saving rule: turn k begins when the roster's clock shows the wall
 * time of `rotationStart` plus k × shiftHours. A weekly roster starting Monday 08:00 in Amsterdam
 * therefore hands over every Monday at 08:00 Amsterdam time, summer or winter; the shift across
 * the change is an hour shorter or longer in real time. A boundary that falls in the hour skipped
 * in spring moves to the end of the gap (03:00); a turn that shrinks to nothing that way (only
 * possible with shifts under two hours) is skipped, and the rotation goes on in order after it.
 */
class Rotation {
  private readonly startWall: number;
  private readonly stepMs: number;

  constructor(private readonly roster: RosterRule) {
    this.startWall = wallClockOf(roster.rotationStart.getTime(), roster.timeZone);
    this.stepMs = roster.shiftHours * HOUR_MS;
  }

  /** When turn `turn` begins (epoch milliseconds). */
  startOf(turn: number): number {
    return instantOf(this.startWall + turn * this.stepMs, this.roster.timeZone);
  }

  /** The turn running at `instant`; negative before the rotation begins. */
  turnAt(instant: number): number {
    let turn = Math.floor((wallClockOf(instant, this.roster.timeZone) - this.startWall) / this.stepMs);
    while (this.startOf(turn) > instant) turn -= 1;
    while (this.startOf(turn + 1) <= instant) turn += 1;
    return turn;
  }

  /**
   * Who is on call in `turn`: the member whose turn it is, or when they cannot be reached the next
   * member in turn order who can (the rest of the rotation stays as it is). Nobody when no member
   * can be reached.
   */
  personFor(
    turn: number,
    unreachable: ReadonlySet<string>,
  ): { userId: string; standIn: boolean } | undefined {
    const { memberIds } = this.roster;
    for (let step = 0; step < memberIds.length; step += 1) {
      const userId = memberIds[(((turn + step) % memberIds.length) + memberIds.length) % memberIds.length];
      if (userId !== undefined && !unreachable.has(userId)) return { userId, standIn: step > 0 };
    }
    return undefined;
  }
}

interface Turn {
  turn: number;
  startsAt: number;
  endsAt: number;
}

/** The rotation's turns that overlap [from, to), in order; none before the rotation begins. */
function turnsBetween(rotation: Rotation, from: number, to: number): Turn[] {
  const turns: Turn[] = [];
  let turn = Math.max(0, rotation.turnAt(from));
  let startsAt = rotation.startOf(turn);
  while (startsAt < to) {
    const endsAt = rotation.startOf(turn + 1);
    if (endsAt > startsAt && endsAt > from) turns.push({ turn, startsAt, endsAt });
    turn += 1;
    startsAt = endsAt;
  }
  return turns;
}

/** The swap that decides [from, to): the latest made, among those whose person can be reached. */
function swapFor(swaps: readonly SwapRule[], from: number, to: number, unreachable: ReadonlySet<string>) {
  let winner: SwapRule | undefined;
  for (const swap of swaps) {
    if (swap.startsAt.getTime() > from || swap.endsAt.getTime() < to || unreachable.has(swap.userId))
      continue;
    const later =
      !winner ||
      swap.createdAt.getTime() > winner.createdAt.getTime() ||
      (swap.createdAt.getTime() === winner.createdAt.getTime() && swap.id > winner.id);
    if (later) winner = swap;
  }
  return winner;
}

/**
 * Who is on call from `from` until `to`, as consecutive shifts cut off at both ends. The one rule
 * that both the calendar and "who is on call now" (resolve-on-call.ts) use, so they cannot disagree:
 *
 * - a swap covering a moment wins; of overlapping swaps the one made last wins;
 * - otherwise the rotation (see Rotation), from `rotationStart` on; before it nobody is on call;
 * - people in `unreachable` (deactivated, cancelled, restricted) are passed over: a swap to them
 *   does not count, and in the rotation the next reachable member in turn stands in.
 *
 * Moments where nobody is on call are left out. Work grows with the number of turns in the range,
 * so callers keep the range bounded (the API allows 62 days).
 */
export function shiftsBetween(
  roster: RosterRule,
  swaps: readonly SwapRule[],
  from: Date,
  to: Date,
  unreachable: ReadonlySet<string> = new Set(),
): Shift[] {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return [];
  const rotation = new Rotation(roster);
  const turns = roster.memberIds.length > 0 ? turnsBetween(rotation, start, end) : [];
  const cuts = new Set<number>([start, end]);
  for (const turn of turns) cuts.add(turn.startsAt).add(turn.endsAt);
  for (const swap of swaps) cuts.add(swap.startsAt.getTime()).add(swap.endsAt.getTime());
  const points = [...cuts].filter((point) => point >= start && point <= end).sort((a, b) => a - b);

  const shifts: (Shift & { turn: number | null })[] = [];
  let turnIndex = 0;
  for (let index = 0; index + 1 < points.length; index += 1) {
    const pieceStart = points[index] ?? start;
    const pieceEnd = points[index + 1] ?? end;
    const piece = pieceFor(pieceStart, pieceEnd);
    if (!piece) continue;
    const previous = shifts.at(-1);
    const continues =
      previous !== undefined &&
      previous.endsAt.getTime() === pieceStart &&
      previous.userId === piece.userId &&
      previous.swapId === piece.swapId &&
      (piece.swapId !== null || previous.turn === piece.turn);
    if (continues) previous.endsAt = new Date(pieceEnd);
    else shifts.push({ ...piece, startsAt: new Date(pieceStart), endsAt: new Date(pieceEnd) });
  }
  return shifts.map(({ turn: _turn, ...shift }) => shift);

  function pieceFor(pieceStart: number, pieceEnd: number) {
    const swap = swapFor(swaps, pieceStart, pieceEnd, unreachable);
    if (swap) return { userId: swap.userId, swapped: true, swapId: swap.id, standIn: false, turn: null };
    while (turnIndex < turns.length && (turns[turnIndex]?.endsAt ?? end) <= pieceStart) turnIndex += 1;
    const turn = turns[turnIndex];
    if (!turn || turn.startsAt > pieceStart) return undefined;
    const person = rotation.personFor(turn.turn, unreachable);
    if (!person) return undefined;
    return { ...person, swapped: false, swapId: null, turn: turn.turn };
  }
}

/** The shift running at `at`, by the same rule as the calendar. */
export function shiftAt(
  roster: RosterRule,
  swaps: readonly SwapRule[],
  at: Date,
  unreachable: ReadonlySet<string> = new Set(),
): Shift | undefined {
  return shiftsBetween(roster, swaps, at, new Date(at.getTime() + 1), unreachable)[0];
}
