import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { locations } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError, notFound } from '../domain-error.js';
import type { LocationInput } from './create-location.js';
import { findLocation } from './list-locations.js';
import { nameTaken } from './organisation-rows.js';

/** Changes a location; coordinates change as a pair (null and null removes them). */
export async function changeLocation(
  db: Database,
  actor: Actor,
  locationId: string,
  changes: Partial<LocationInput>,
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    const where = and(eq(locations.organisationId, organisationId), eq(locations.id, locationId));
    const [location] = await tx.select({ id: locations.id }).from(locations).where(where);
    if (!location) throw notFound();
    if (
      changes.name !== undefined &&
      (await nameTaken(tx, locations, locations.name, organisationId, changes.name, locationId))
    )
      throw new DomainError('location_name_taken', 409);
    const { labels, ...fields } = changes;
    const values = { ...fields, ...(labels ? { labels: [...new Set(labels)] } : {}) };
    if (Object.values(values).some((value) => value !== undefined))
      await tx.update(locations).set(values).where(where);
    return findLocation(tx, organisationId, locationId);
  });
}
