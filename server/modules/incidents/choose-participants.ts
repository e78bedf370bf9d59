import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roles, teamMembers, teams } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { DomainError } from '../domain-error.js';

/** One person on the start screen: in a team with a role, or added directly. */
export interface ChosenParticipant {
  userId: string;
  teamId?: string | null;
  roleId?: string | null;
}

/** A participant row to insert, with team and role names copied for the record. */
export interface ResolvedParticipant {
  userId: string;
  teamId: string | null;
  teamName: string | null;
  roleId: string | null;
  roleName: string | null;
}

// People who can work on an incident: not deactivated or cancelled. Invited people can (they get
// the alert and join by accepting the invitation).
const REACHABLE = ['active', 'invited'] as const;

const unknownReference = () => new DomainError('incident_unknown_reference', 400);

/** The members of these teams with the role each holds there. */
export async function teamParticipants(
  tx: Transaction,
  organisationId: string,
  teamIds: string[],
): Promise<ResolvedParticipant[]> {
  if (teamIds.length === 0) return [];
  return tx
    .select({
      userId: teamMembers.userId,
      teamId: teamMembers.teamId,
      teamName: teams.name,
      roleId: teamMembers.roleId,
      roleName: roles.name,
    })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(roles, eq(roles.id, teamMembers.roleId))
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(
      and(
        eq(teamMembers.organisationId, organisationId),
        inArray(teamMembers.teamId, teamIds),
        inArray(users.status, [...REACHABLE]),
      ),
    )
    .orderBy(teams.name, roles.name, users.name);
}

/**
 * Checks an explicit list from the start screen against the organisation: every person, team and
 * role must be its own (400 otherwise, nothing written), and names are copied for the record.
 */
export async function resolveParticipants(
  tx: Transaction,
  organisationId: string,
  chosen: ChosenParticipant[],
): Promise<ResolvedParticipant[]> {
  const userIds = [...new Set(chosen.map((p) => p.userId))];
  const teamIds = [...new Set(chosen.flatMap((p) => (p.teamId ? [p.teamId] : [])))];
  const roleIds = [...new Set(chosen.flatMap((p) => (p.roleId ? [p.roleId] : [])))];
  const foundUsers =
    userIds.length === 0
      ? []
      : await tx
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              eq(users.organisationId, organisationId),
              inArray(users.id, userIds),
              inArray(users.status, [...REACHABLE]),
            ),
          );
  const foundTeams =
    teamIds.length === 0
      ? []
      : await tx
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(and(eq(teams.organisationId, organisationId), inArray(teams.id, teamIds)));
  const foundRoles =
    roleIds.length === 0
      ? []
      : await tx
          .select({ id: roles.id, name: roles.name })
          .from(roles)
          .where(and(eq(roles.organisationId, organisationId), inArray(roles.id, roleIds)));
  if (
    foundUsers.length !== userIds.length ||
    foundTeams.length !== teamIds.length ||
    foundRoles.length !== roleIds.length
  )
    throw unknownReference();
  const teamNames = new Map(foundTeams.map((team) => [team.id, team.name]));
  const roleNames = new Map(foundRoles.map((role) => [role.id, role.name]));
  return chosen.map((p) => ({
    userId: p.userId,
    teamId: p.teamId ?? null,
    teamName: p.teamId ? (teamNames.get(p.teamId) ?? null) : null,
    roleId: p.roleId ?? null,
    roleName: p.roleId ? (roleNames.get(p.roleId) ?? null) : null,
  }));
}

/** One row per person per team: the same person twice in a team (or twice teamless) is kept once. */
export function distinctParticipants(participants: ResolvedParticipant[]): ResolvedParticipant[] {
  const seen = new Set<string>();
  return participants.filter((p) => {
    const key = `${p.userId}/${p.teamId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
