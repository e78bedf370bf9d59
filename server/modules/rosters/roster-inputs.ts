import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { type onCallRosters, onCallSwaps } from '../../db/schema/rosters.js';
import { users } from '../../db/schema/users.js';
import type { RosterRule, SwapRule } from './roster-schedule.js';

export type RosterRow = typeof onCallRosters.$inferSelect;

/** The schedule rule of a stored roster. */
export const ruleOf = (roster: RosterRow): RosterRule => ({
  rotationStart: roster.rotationStart,
  shiftHours: roster.shiftHours,
  memberIds: roster.memberIds,
  timeZone: roster.timeZone,
});

/** The swaps of these rosters that overlap [from, to), by roster id. */
export async function swapsOverlapping(
  tx: Transaction,
  organisationId: string,
  rosterIds: readonly string[],
  from: Date,
  to: Date,
): Promise<Map<string, (SwapRule & typeof onCallSwaps.$inferSelect)[]>> {
  const byRoster = new Map<string, (SwapRule & typeof onCallSwaps.$inferSelect)[]>();
  if (rosterIds.length === 0) return byRoster;
  const rows = await tx
    .select()
    .from(onCallSwaps)
    .where(
      and(
        eq(onCallSwaps.organisationId, organisationId),
        inArray(onCallSwaps.rosterId, [...new Set(rosterIds)]),
        lt(onCallSwaps.startsAt, to),
        gt(onCallSwaps.endsAt, from),
      ),
    )
    .orderBy(onCallSwaps.startsAt, onCallSwaps.id);
  for (const row of rows) byRoster.set(row.rosterId, [...(byRoster.get(row.rosterId) ?? []), row]);
  return byRoster;
}

/** Whether a person can be called on: an account in use, and processing not restricted (GDPR art. 18). */
export const isReachable = (person: { status: string; restrictedAt: Date | null }) =>
  (person.status === 'active' || person.status === 'invited') && person.restrictedAt === null;

export interface Person {
  id: string;
  name: string;
  reachable: boolean;
}

/** The people with these ids in the organisation, with whether they can be reached; unknown ids are left out. */
export async function peopleById(
  tx: Transaction,
  organisationId: string,
  userIds: readonly string[],
): Promise<Map<string, Person>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name, status: users.status, restrictedAt: users.restrictedAt })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, ids)));
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, reachable: isReachable(row) }]));
}

/** The ids among `userIds` nobody can call on: not reachable, or not (any more) of the organisation. */
export function unreachableAmong(
  userIds: readonly string[],
  people: ReadonlyMap<string, Person>,
): Set<string> {
  return new Set(userIds.filter((id) => !people.get(id)?.reachable));
}

/** Everyone a roster's schedule may name: its members and the people of its swaps. */
export const peopleOfSchedule = (rosters: readonly RosterRow[], swaps: Iterable<readonly SwapRule[]>) => [
  ...rosters.flatMap((roster) => roster.memberIds),
  ...[...swaps].flatMap((list) => list.map((swap) => swap.userId)),
];
