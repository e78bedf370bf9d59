import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { situationTemplates } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/** Removes a situation template; scenarios that used it start without one, incidents keep their sections. */
export async function deleteSituationTemplate(db: Database, actor: Actor, templateId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(situationTemplates)
      .where(
        and(eq(situationTemplates.organisationId, organisationId), eq(situationTemplates.id, templateId)),
      )
      .returning({ id: situationTemplates.id });
    if (!deleted) throw notFound();
  });
}
