import type { Transaction } from '../../db/database.js';
import type { Actor } from '../../policies/actor.js';
import { canRemoveSwap } from '../../policies/rosters.js';
import { findRoster } from './find-roster.js';
import { peopleById, peopleOfSchedule, ruleOf, swapsOverlapping, unreachableAmong } from './roster-inputs.js';
import { shiftsBetween } from './roster-schedule.js';

/**
 * A roster's calendar from `from` until `to`: who is on call when (the rule alerting uses), with
 * names, and the swaps in that period, each saying whether the reader may withdraw it. Reachability
 * is as it is now: someone deactivated today is passed over in every shift shown.
 */
export async function getRosterSchedule(
  tx: Transaction,
  actor: Actor,
  rosterId: string,
  from: Date,
  to: Date,
) {
  const { organisationId } = actor;
  const roster = await findRoster(tx, organisationId, rosterId);
  const swaps = await swapsOverlapping(tx, organisationId, [roster.id], from, to);
  const ownSwaps = swaps.get(roster.id) ?? [];
  const scheduled = peopleOfSchedule([roster], [ownSwaps]);
  const creators = ownSwaps.flatMap((swap) => swap.createdBy ?? []);
  const people = await peopleById(tx, organisationId, [...scheduled, ...creators]);
  const nameOf = (userId: string) => people.get(userId)?.name ?? '';
  const shifts = shiftsBetween(ruleOf(roster), ownSwaps, from, to, unreachableAmong(scheduled, people));
  return {
    rosterId: roster.id,
    timeZone: roster.timeZone,
    from: from.toISOString(),
    to: to.toISOString(),
    shifts: shifts.map((shift) => ({
      startsAt: shift.startsAt.toISOString(),
      endsAt: shift.endsAt.toISOString(),
      userId: shift.userId,
      name: nameOf(shift.userId),
      swapped: shift.swapped,
      swapId: shift.swapId,
      standIn: shift.standIn,
    })),
    swaps: ownSwaps.map((swap) => ({
      id: swap.id,
      startsAt: swap.startsAt.toISOString(),
      endsAt: swap.endsAt.toISOString(),
      userId: swap.userId,
      name: nameOf(swap.userId),
      reason: swap.reason,
      createdBy: swap.createdBy,
      createdByName: swap.createdBy ? nameOf(swap.createdBy) : null,
      createdAt: swap.createdAt.toISOString(),
      removable: canRemoveSwap(actor, swap),
    })),
  };
}

export type RosterSchedule = Awaited<ReturnType<typeof getRosterSchedule>>;
export type SwapView = RosterSchedule['swaps'][number];
