import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { incidentParticipants } from '../../db/schema/incidents.js';
import { roles, teamMembers, teams } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { writableIncident } from '../incidents/incident-access.js';
import { publishParticipants } from './publish-participants.js';

export interface NewParticipant {
  userId: string;
  teamId?: string | null | undefined;
  roleId?: string | null | undefined;
}

/**
 * Adds a person to an active incident, directly or in a team. Without a role, a team member gets
 * the role they hold in that team. Names are copied, so the record keeps them after a reorganisation.
 */
export async function addParticipant(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  input: NewParticipant,
) {
  const { incident } = await writableIncident(tx, actor, incidentId);
  const organisationId = actor.organisationId;
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, input.userId),
        eq(users.organisationId, organisationId),
        inArray(users.status, ['active', 'invited']),
      ),
    );
  if (!user) throw new DomainError('participant_user_unknown', 400);
  const team = input.teamId ? await findTeam(tx, organisationId, input.teamId) : null;
  const roleId = input.roleId ?? (team ? await teamRoleOf(tx, organisationId, team.id, user.id) : null);
  const role = roleId ? await findRole(tx, organisationId, roleId) : null;

  const [already] = await tx
    .select({ id: incidentParticipants.id })
    .from(incidentParticipants)
    .where(
      and(
        eq(incidentParticipants.organisationId, organisationId),
        eq(incidentParticipants.incidentId, incident.id),
        eq(incidentParticipants.userId, user.id),
        team ? eq(incidentParticipants.teamId, team.id) : isNull(incidentParticipants.teamId),
      ),
    );
  if (already) throw new DomainError('participant_exists', 409);

  const id = uuidv7();
  await tx.insert(incidentParticipants).values({
    id,
    organisationId,
    incidentId: incident.id,
    userId: user.id,
    teamId: team?.id ?? null,
    teamName: team?.name ?? null,
    roleId: role?.id ?? null,
    roleName: role?.name ?? null,
  });
  const participants = await publishParticipants(tx, actor, incident.id, { left: [] });
  const added = participants.find((participant) => participant.id === id);
  if (!added) throw new Error('participant vanished inside its own transaction');
  return added;
}

async function findTeam(tx: Transaction, organisationId: string, teamId: string) {
  const [team] = await tx
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, organisationId)));
  if (!team) throw new DomainError('participant_team_unknown', 400);
  return team;
}

async function findRole(tx: Transaction, organisationId: string, roleId: string) {
  const [role] = await tx
    .select({ id: roles.id, name: roles.name })
    .from(roles)
    .where(and(eq(roles.id, roleId), eq(roles.organisationId, organisationId)));
  if (!role) throw new DomainError('participant_role_unknown', 400);
  return role;
}

async function teamRoleOf(tx: Transaction, organisationId: string, teamId: string, userId: string) {
  const [membership] = await tx
    .select({ roleId: teamMembers.roleId })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.organisationId, organisationId),
        eq(teamMembers.teamId, teamId),
        eq(teamMembers.userId, userId),
      ),
    );
  return membership?.roleId ?? null;
}
