import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { onCallSwaps } from '../../db/schema/rosters.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { canSwapShift } from '../../policies/rosters.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { unknownReference } from '../preparation/organisation-rows.js';
import { findRoster } from './find-roster.js';
import { getRosterSchedule } from './get-roster-schedule.js';
import { rosterAuditAction } from './roster-audit.js';
import { peopleById, peopleOfSchedule, ruleOf, swapsOverlapping, unreachableAmong } from './roster-inputs.js';
import { type Shift, shiftsBetween } from './roster-schedule.js';

export interface SwapInput {
  startsAt: Date;
  endsAt: Date;
  userId: string;
  reason: string;
}

/** Who is on call in each part of [from, to), with null for any part where nobody is. */
function scheduledThrough(shifts: readonly Shift[], from: Date, to: Date): (string | null)[] {
  const scheduled: (string | null)[] = [];
  let covered = from.getTime();
  for (const shift of shifts) {
    if (shift.startsAt.getTime() > covered) scheduled.push(null);
    scheduled.push(shift.userId);
    covered = shift.endsAt.getTime();
  }
  if (covered < to.getTime()) scheduled.push(null);
  return scheduled;
}

/**
 * Hands a period of a roster to someone else. Admins arrange any swap; anyone else may hand over a
 * period that is wholly their own shift as the schedule stands, to a colleague who can be reached.
 * The roster's row lock makes swaps of one roster happen one at a time, so two people cannot both
 * give away the same shift on the strength of the same schedule.
 */
export async function addSwap(
  db: Database,
  actor: Actor,
  rosterId: string,
  input: SwapInput,
  ipAddress?: string,
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const roster = await findRoster(tx, organisationId, rosterId, true);
    if (input.endsAt.getTime() <= Date.now()) throw unknownReference('roster_swap_in_past', 'endsAt');
    const swaps = await swapsOverlapping(tx, organisationId, [roster.id], input.startsAt, input.endsAt);
    const ownSwaps = swaps.get(roster.id) ?? [];
    const named = [...peopleOfSchedule([roster], [ownSwaps]), input.userId];
    const people = await peopleById(tx, organisationId, named);
    const shifts = shiftsBetween(
      ruleOf(roster),
      ownSwaps,
      input.startsAt,
      input.endsAt,
      unreachableAmong(named, people),
    );
    if (!canSwapShift(actor, scheduledThrough(shifts, input.startsAt, input.endsAt)))
      throw new DomainError('roster_swap_not_yours', 403);
    if (!people.get(input.userId)?.reachable)
      throw unknownReference('roster_swap_person_unavailable', 'userId');
    if (input.userId === actor.userId && actor.role !== 'admin')
      throw unknownReference('roster_swap_to_self', 'userId');
    const id = uuidv7();
    await tx.insert(onCallSwaps).values({ id, organisationId, rosterId, ...input, createdBy: actor.userId });
    await recordAudit(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: rosterAuditAction('roster_swap.created'),
      targetType: 'roster',
      targetId: rosterId,
      ipAddress,
      details: {
        swapId: id,
        userId: input.userId,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
      },
    });
    const schedule = await getRosterSchedule(tx, actor, rosterId, input.startsAt, input.endsAt);
    const swap = schedule.swaps.find((listed) => listed.id === id);
    if (!swap) throw new Error('the swap just added is missing from its schedule');
    return swap;
  });
}
