import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { locations } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { findLocation } from './list-locations.js';
import { nameTaken } from './organisation-rows.js';

export interface LocationInput {
  name: string;
  address?: string;
  /** Both coordinates or neither (the body schema checks the pair). */
  latitude?: number | null;
  longitude?: number | null;
  description?: string;
  labels?: string[];
}

/** Adds a place: town hall, fallback location, shelter. */
export async function createLocation(db: Database, actor: Actor, input: LocationInput) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, locations, locations.name, organisationId, input.name))
      throw new DomainError('location_name_taken', 409);
    const id = uuidv7();
    await tx.insert(locations).values({
      id,
      organisationId,
      name: input.name,
      address: input.address ?? '',
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      description: input.description ?? '',
      labels: [...new Set(input.labels ?? [])],
    });
    return findLocation(tx, organisationId, id);
  });
}
