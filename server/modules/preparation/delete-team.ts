import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { teams } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/**
 * Removes a team and its memberships. Scenarios stop alerting it; incidents keep the team's name
 * on their participants, copied when they joined.
 */
export async function deleteTeam(db: Database, actor: Actor, teamId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(teams)
      .where(and(eq(teams.organisationId, organisationId), eq(teams.id, teamId)))
      .returning({ id: teams.id });
    if (!deleted) throw notFound();
    await tx
      .update(incidentTemplates)
      .set({ teamIds: sql`${incidentTemplates.teamIds} - ${teamId}::text` })
      .where(
        and(
          eq(incidentTemplates.organisationId, organisationId),
          sql`${incidentTemplates.teamIds} @> ${JSON.stringify([teamId])}::jsonb`,
        ),
      );
  });
}
