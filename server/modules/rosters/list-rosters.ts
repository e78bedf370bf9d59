import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { roles } from '../../db/schema/teams.js';
import { notFound } from '../domain-error.js';
import { compareDutch } from '../preparation/organisation-rows.js';
import {
  type Person,
  peopleById,
  peopleOfSchedule,
  type RosterRow,
  ruleOf,
  swapsOverlapping,
  unreachableAmong,
} from './roster-inputs.js';
import { type Shift, shiftsBetween } from './roster-schedule.js';

/** How far ahead the list looks for the next handover: as far as the calendar shows at once. */
const LOOK_AHEAD_MS = 62 * 24 * 60 * 60 * 1000;

export interface RosterView {
  id: string;
  roleId: string;
  roleName: string;
  name: string;
  timeZone: string;
  rotationStart: string;
  shiftHours: number;
  members: { userId: string; name: string; available: boolean }[];
  /** Who is on call now, until when (null: no handover within the look-ahead). */
  current: { userId: string; name: string; swapped: boolean; until: string | null } | null;
  /** The next handover to someone else. */
  next: { userId: string; name: string; swapped: boolean; startsAt: string } | null;
}

const nameOf = (people: ReadonlyMap<string, Person>, userId: string) => people.get(userId)?.name ?? '';

/**
 * Who is on call at `now` and until when (their consecutive shifts run together; null when that
 * lasts past the look-ahead), and the shift after that: the next handover.
 */
function handover(shifts: readonly Shift[], now: Date, horizon: Date) {
  const first = shifts[0];
  if (!first || first.startsAt.getTime() > now.getTime())
    return { current: undefined, until: null, next: first };
  let index = 0;
  let end = first.endsAt;
  for (let following = shifts[1]; following; following = shifts[index + 1]) {
    if (following.userId !== first.userId || following.startsAt.getTime() !== end.getTime()) break;
    index += 1;
    end = following.endsAt;
  }
  return { current: first, until: end.getTime() < horizon.getTime() ? end : null, next: shifts[index + 1] };
}

/**
 * The organisation's rosters (or the one with `rosterId`), by role name, with their members and
 * who is on call now and next, computed with the calendar's rule.
 */
export async function listRosters(
  tx: Transaction,
  organisationId: string,
  now: Date,
  rosterId?: string,
): Promise<RosterView[]> {
  const rows = await tx
    .select({ roster: onCallRosters, roleName: roles.name })
    .from(onCallRosters)
    .innerJoin(roles, eq(roles.id, onCallRosters.roleId))
    .where(
      and(
        eq(onCallRosters.organisationId, organisationId),
        rosterId ? eq(onCallRosters.id, rosterId) : undefined,
      ),
    );
  const rosters = rows.map((row) => row.roster);
  // A roster that has not started yet looks ahead from its start, so its first handover shows.
  const horizonOf = (roster: RosterRow) =>
    new Date(Math.max(now.getTime(), roster.rotationStart.getTime()) + LOOK_AHEAD_MS);
  const swaps = await swapsOverlapping(
    tx,
    organisationId,
    rosters.map((roster) => roster.id),
    now,
    new Date(Math.max(now.getTime(), ...rosters.map((roster) => horizonOf(roster).getTime()))),
  );
  const named = peopleOfSchedule(rosters, swaps.values());
  const people = await peopleById(tx, organisationId, named);
  const unreachable = unreachableAmong(named, people);
  return rows
    .map(({ roster, roleName }) => {
      const horizon = horizonOf(roster);
      const shifts = shiftsBetween(ruleOf(roster), swaps.get(roster.id) ?? [], now, horizon, unreachable);
      const { current, until: currentUntil, next } = handover(shifts, now, horizon);
      return {
        id: roster.id,
        roleId: roster.roleId,
        roleName,
        name: roster.name,
        timeZone: roster.timeZone,
        rotationStart: roster.rotationStart.toISOString(),
        shiftHours: roster.shiftHours,
        members: roster.memberIds.map((userId) => ({
          userId,
          name: nameOf(people, userId),
          available: people.get(userId)?.reachable ?? false,
        })),
        current: current
          ? {
              userId: current.userId,
              name: nameOf(people, current.userId),
              swapped: current.swapped,
              until: currentUntil?.toISOString() ?? null,
            }
          : null,
        next: next
          ? {
              userId: next.userId,
              name: nameOf(people, next.userId),
              swapped: next.swapped,
              startsAt: next.startsAt.toISOString(),
            }
          : null,
      };
    })
    .sort((a, b) => compareDutch(a.roleName, b.roleName) || a.id.localeCompare(b.id));
}

/** One roster as the API shows it; 404 when the organisation has no such roster. */
export async function getRoster(tx: Transaction, organisationId: string, rosterId: string, now: Date) {
  const [roster] = await listRosters(tx, organisationId, now, rosterId);
  if (!roster) throw notFound();
  return roster;
}
