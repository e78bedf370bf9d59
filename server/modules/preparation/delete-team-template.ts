import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { teamTemplates } from '../../db/schema/teams.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/** Removes a team template; teams made from it stay as they are. */
export async function deleteTeamTemplate(db: Database, actor: Actor, templateId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(teamTemplates)
      .where(and(eq(teamTemplates.organisationId, organisationId), eq(teamTemplates.id, templateId)))
      .returning({ id: teamTemplates.id });
    if (!deleted) throw notFound();
  });
}
