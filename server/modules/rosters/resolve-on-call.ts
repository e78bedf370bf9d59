import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { peopleById, peopleOfSchedule, ruleOf, swapsOverlapping, unreachableAmong } from './roster-inputs.js';
import { shiftAt } from './roster-schedule.js';

/**
 * Who is on call at `at` for each of these roles: roleId → userId. Called by alerting at send
 * time. A role without a roster, or whose roster names nobody reachable at that moment (before
 * the rotation starts, no members, everyone deactivated or restricted), is absent from the map.
 * The rule is `shiftsBetween` (roster-schedule.ts), the same one the calendar shows. Filters by
 * organisation itself, so it may run inside inTenant or as the connecting user (a job).
 */
export async function onCallNow(
  tx: Transaction,
  organisationId: string,
  roleIds: string[],
  at: Date,
): Promise<Map<string, string>> {
  const onCall = new Map<string, string>();
  if (roleIds.length === 0) return onCall;
  const rosters = await tx
    .select()
    .from(onCallRosters)
    .where(and(eq(onCallRosters.organisationId, organisationId), inArray(onCallRosters.roleId, roleIds)));
  if (rosters.length === 0) return onCall;
  const instantAfter = new Date(at.getTime() + 1);
  const swaps = await swapsOverlapping(
    tx,
    organisationId,
    rosters.map((roster) => roster.id),
    at,
    instantAfter,
  );
  const named = peopleOfSchedule(rosters, swaps.values());
  const unreachable = unreachableAmong(named, await peopleById(tx, organisationId, named));
  for (const roster of rosters) {
    const shift = shiftAt(ruleOf(roster), swaps.get(roster.id) ?? [], at, unreachable);
    if (shift) onCall.set(roster.roleId, shift.userId);
  }
  return onCall;
}
