import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { teams } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import { getTeam } from './list-teams.js';
import { nameTaken } from './organisation-rows.js';

/** Renames a team or changes its description. */
export async function changeTeam(
  db: Database,
  actor: Actor,
  teamId: string,
  changes: { name?: string; description?: string },
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const [team] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.organisationId, organisationId), eq(teams.id, teamId)));
    if (!team) throw notFound();
    if (
      changes.name !== undefined &&
      (await nameTaken(tx, teams, teams.name, organisationId, changes.name, teamId))
    )
      throw new DomainError('team_name_taken', 409);
    if (changes.name !== undefined || changes.description !== undefined)
      await tx
        .update(teams)
        .set({ name: changes.name, description: changes.description })
        .where(and(eq(teams.organisationId, organisationId), eq(teams.id, teamId)));
    return getTeam(tx, organisationId, teamId);
  });
}
