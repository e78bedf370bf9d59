import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import type { AlertTargets, RecipientReason } from '../../db/schema/alerts.js';
import { roles, teamMembers, teams } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { onCallNow } from '../rosters/resolve-on-call.js';

/** Someone an alert is meant for, and why; the role decides whose deputies step in. */
export interface AlertCandidate {
  userId: string;
  reason: RecipientReason;
  roleId: string | null;
  roleName: string | null;
}

/** A candidate who can be alerted, with what their channel plan needs. */
export interface AlertPerson extends AlertCandidate {
  name: string;
  email: string;
  phone: string | null;
  language: 'nl' | 'en';
  timeZone: string;
  notificationChannels: ('push' | 'email' | 'sms')[];
  quietHours: { from: string; until: string } | null;
  hasPushDevice: boolean;
}

// When one person is addressed several ways, the most specific reason is kept: it is what the
// board shows and what decides whose deputies step in.
const REASON_RANK: Record<RecipientReason, number> = {
  on_call: 0,
  incident: 1,
  role: 2,
  team: 3,
  person: 4,
  deputy: 5,
};

/**
 * Who the chosen teams, roles, people and on-call roles are at this moment: members of the
 * teams with their role there, holders of the roles in any team, the named people, and whoever
 * the roster puts on call now.
 */
export async function resolveTargets(
  tx: Transaction,
  organisationId: string,
  targets: AlertTargets,
  at: Date,
): Promise<AlertCandidate[]> {
  const candidates: AlertCandidate[] = targets.userIds.map((userId) => ({
    userId,
    reason: 'person',
    roleId: null,
    roleName: null,
  }));
  if (targets.teamIds.length > 0 || targets.roleIds.length > 0) {
    const members = await tx
      .select({
        userId: teamMembers.userId,
        teamId: teamMembers.teamId,
        roleId: teamMembers.roleId,
        roleName: roles.name,
      })
      .from(teamMembers)
      .innerJoin(roles, eq(roles.id, teamMembers.roleId))
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(eq(teamMembers.organisationId, organisationId));
    for (const member of members) {
      if (targets.roleIds.includes(member.roleId)) candidates.push({ ...member, reason: 'role' });
      else if (targets.teamIds.includes(member.teamId)) candidates.push({ ...member, reason: 'team' });
    }
  }
  if (targets.onCallRoleIds.length > 0) {
    const onCall = await onCallNow(tx, organisationId, targets.onCallRoleIds, at);
    const roleNames = await namesOfRoles(tx, organisationId, [...onCall.keys()]);
    for (const [roleId, userId] of onCall)
      candidates.push({ userId, reason: 'on_call', roleId, roleName: roleNames.get(roleId) ?? null });
  }
  return candidates;
}

/**
 * One entry per person, and only people who may be alerted: of this organisation, not
 * deactivated or cancelled, and not restricted (a person who asked to restrict processing of
 * their data is not alerted; their data is only stored).
 */
// @promise P17 a restricted person is not alerted
export async function reachablePeople(
  tx: Transaction,
  organisationId: string,
  candidates: readonly AlertCandidate[],
): Promise<AlertPerson[]> {
  const best = new Map<string, AlertCandidate>();
  for (const candidate of candidates) {
    const known = best.get(candidate.userId);
    if (!known || REASON_RANK[candidate.reason] < REASON_RANK[known.reason])
      best.set(candidate.userId, candidate);
  }
  if (best.size === 0) return [];
  const people: AlertPerson[] = [];
  const ids = [...best.keys()];
  for (let start = 0; start < ids.length; start += 5000) {
    const rows = await tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        phone: users.phone,
        language: users.language,
        timeZone: users.timeZone,
        notificationChannels: users.notificationChannels,
        quietHours: users.quietHours,
        // Spelled out: inside sql`` Drizzle may drop the table from a column name, and both tables have ids.
        hasPushDevice: sql<boolean>`exists (select 1 from push_subscriptions p where p.user_id = "users"."id")`,
      })
      .from(users)
      .where(
        and(
          eq(users.organisationId, organisationId),
          inArray(users.id, ids.slice(start, start + 5000)),
          inArray(users.status, ['active', 'invited']),
          isNull(users.restrictedAt),
        ),
      );
    for (const row of rows) {
      const candidate = best.get(row.id);
      if (candidate) people.push({ ...candidate, ...row, phone: row.phone?.trim() || null });
    }
  }
  return people;
}

async function namesOfRoles(tx: Transaction, organisationId: string, roleIds: string[]) {
  if (roleIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: roles.id, name: roles.name })
    .from(roles)
    .where(and(eq(roles.organisationId, organisationId), inArray(roles.id, roleIds)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
