import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/** Removes a scenario; incidents started from it keep everything they copied from it. */
export async function deleteIncidentTemplate(db: Database, actor: Actor, templateId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(incidentTemplates)
      .where(and(eq(incidentTemplates.organisationId, organisationId), eq(incidentTemplates.id, templateId)))
      .returning({ id: incidentTemplates.id });
    if (!deleted) throw notFound();
  });
}
