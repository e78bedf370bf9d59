import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { logbookLabels } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/** Removes a label; logbook entries no longer show it. */
export async function deleteLogbookLabel(db: Database, actor: Actor, labelId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(logbookLabels)
      .where(and(eq(logbookLabels.organisationId, organisationId), eq(logbookLabels.id, labelId)))
      .returning({ id: logbookLabels.id });
    if (!deleted) throw notFound();
  });
}
