import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentParticipants, type PresenceStatus } from '../../db/schema/incidents.js';
import { users } from '../../db/schema/users.js';
import type { PersonRef } from '../incidents/user-names.js';

/** A person in the incident's team overview, as the API shows it and `participants.changed` carries it. */
export interface ParticipantView {
  id: string;
  user: PersonRef;
  jobTitle: string | null;
  teamId: string | null;
  teamName: string | null;
  roleId: string | null;
  roleName: string | null;
  presence: PresenceStatus;
  presenceChangedAt: string | null;
}

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Everyone working on the incident, by team (people added directly last), then by name. Team and
 * role names are the ones copied when they joined, so the record shows who held which role then.
 */
export async function readParticipants(
  tx: Transaction,
  organisationId: string,
  incidentId: string,
): Promise<ParticipantView[]> {
  const rows = await tx
    .select({
      participant: incidentParticipants,
      user: { id: users.id, name: users.name, jobTitle: users.jobTitle },
    })
    .from(incidentParticipants)
    .innerJoin(users, eq(users.id, incidentParticipants.userId))
    .where(
      and(
        eq(incidentParticipants.organisationId, organisationId),
        eq(incidentParticipants.incidentId, incidentId),
      ),
    );
  return rows
    .map(({ participant, user }) => ({
      id: participant.id,
      user: { id: user.id, name: user.name },
      jobTitle: user.jobTitle,
      teamId: participant.teamId,
      teamName: participant.teamName,
      roleId: participant.roleId,
      roleName: participant.roleName,
      presence: participant.presence,
      presenceChangedAt: participant.presenceChangedAt?.toISOString() ?? null,
    }))
    .sort(
      (a, b) =>
        Number(a.teamName === null) - Number(b.teamName === null) ||
        byName.compare(a.teamName ?? '', b.teamName ?? '') ||
        byName.compare(a.user.name, b.user.name) ||
        a.id.localeCompare(b.id),
    );
}
