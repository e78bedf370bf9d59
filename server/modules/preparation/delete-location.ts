import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { locations } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/**
 * Removes a location. Scenarios that used it lose it; incidents keep their own copy of its name
 * and address.
 */
export async function deleteLocation(db: Database, actor: Actor, locationId: string) {
  const { organisationId } = actor;
  await inTenant(db, organisationId, async (tx) => {
    const [deleted] = await tx
      .delete(locations)
      .where(and(eq(locations.organisationId, organisationId), eq(locations.id, locationId)))
      .returning({ id: locations.id });
    if (!deleted) throw notFound();
  });
}
