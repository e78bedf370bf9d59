import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { roles, teamMembers, teams } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';
import { defaultRoleId } from '../roles/default-role.js';
import { getTeam } from './list-teams.js';
import { requireOwnIds, unknownReference } from './organisation-rows.js';

export interface TeamMemberInput {
  userId: string;
  /** Omitted: the organisation's default role. */
  roleId?: string;
}

/**
 * Sets who is in a team, with their roles: the list replaces the members there were. New members
 * must be active or invited; someone already in the team who was deactivated since may stay.
 */
export async function replaceTeamMembers(
  db: Database,
  actor: Actor,
  teamId: string,
  members: TeamMemberInput[],
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const [team] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.organisationId, organisationId), eq(teams.id, teamId)))
      .for('update');
    if (!team) throw notFound();
    const userIds = members.map((member) => member.userId);
    const people =
      userIds.length === 0
        ? []
        : await tx
            .select({ id: users.id, status: users.status })
            .from(users)
            .where(and(eq(users.organisationId, organisationId), inArray(users.id, userIds)));
    const current = await tx
      .select({ userId: teamMembers.userId })
      .from(teamMembers)
      .where(and(eq(teamMembers.organisationId, organisationId), eq(teamMembers.teamId, teamId)));
    const statusOf = new Map(people.map((person) => [person.id, person.status]));
    const alreadyMember = new Set(current.map((member) => member.userId));
    members.forEach(({ userId }, index) => {
      const status = statusOf.get(userId);
      if (status === undefined || status === 'cancelled')
        throw unknownReference('team_member_unknown', `members.${index}.userId`);
      if (status === 'deactivated' && !alreadyMember.has(userId))
        throw unknownReference('team_member_inactive', `members.${index}.userId`);
    });
    const chosenRoles = members.flatMap((member) => (member.roleId ? [member.roleId] : []));
    await requireOwnIds(tx, roles, organisationId, chosenRoles, 'role_unknown', (index) => {
      const memberIndex = members.findIndex((member) => member.roleId === chosenRoles[index]);
      return `members.${memberIndex}.roleId`;
    });
    const fallbackRoleId = members.some((member) => !member.roleId)
      ? await defaultRoleId(tx, organisationId)
      : undefined;
    await tx
      .delete(teamMembers)
      .where(and(eq(teamMembers.organisationId, organisationId), eq(teamMembers.teamId, teamId)));
    if (members.length > 0)
      await tx.insert(teamMembers).values(
        members.map((member) => ({
          organisationId,
          teamId,
          userId: member.userId,
          roleId: member.roleId ?? fallbackRoleId ?? '',
        })),
      );
    return getTeam(tx, organisationId, teamId);
  });
}
