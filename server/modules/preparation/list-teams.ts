import { and, eq, ne } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { roles, teamMembers, teams } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { notFound } from '../domain-error.js';
import { byName, compareDutch } from './organisation-rows.js';

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  roleId: string;
  roleName: string;
}

export interface Team {
  id: string;
  name: string;
  description: string;
  members: TeamMember[];
}

/**
 * The organisation's teams by name, each with its members (by name) and the role they hold.
 * Cancelled accounts are left out: their data is on its way to being erased.
 */
export async function listTeams(tx: Transaction, organisationId: string, teamId?: string): Promise<Team[]> {
  const teamRows = await tx
    .select({ id: teams.id, name: teams.name, description: teams.description })
    .from(teams)
    .where(and(eq(teams.organisationId, organisationId), teamId ? eq(teams.id, teamId) : undefined));
  const memberRows = await tx
    .select({
      teamId: teamMembers.teamId,
      userId: users.id,
      name: users.name,
      email: users.email,
      roleId: roles.id,
      roleName: roles.name,
    })
    .from(teamMembers)
    .innerJoin(users, and(eq(users.id, teamMembers.userId), eq(users.organisationId, organisationId)))
    .innerJoin(roles, and(eq(roles.id, teamMembers.roleId), eq(roles.organisationId, organisationId)))
    .where(
      and(
        eq(teamMembers.organisationId, organisationId),
        teamId ? eq(teamMembers.teamId, teamId) : undefined,
        ne(users.status, 'cancelled'),
      ),
    );
  const membersByTeam = new Map<string, TeamMember[]>();
  for (const { teamId: id, ...member } of memberRows)
    membersByTeam.set(id, [...(membersByTeam.get(id) ?? []), member]);
  return teamRows
    .map((team) => ({
      ...team,
      description: team.description ?? '',
      members: (membersByTeam.get(team.id) ?? []).sort(
        (a, b) => compareDutch(a.name, b.name) || a.userId.localeCompare(b.userId),
      ),
    }))
    .sort(byName);
}

/** One team with its members; 404 when the organisation has no such team. */
export async function getTeam(tx: Transaction, organisationId: string, teamId: string): Promise<Team> {
  const [team] = await listTeams(tx, organisationId, teamId);
  if (!team) throw notFound();
  return team;
}
