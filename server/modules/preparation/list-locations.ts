import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { locations } from '../../db/schema/preparation.js';
import { notFound } from '../domain-error.js';
import { byName } from './organisation-rows.js';

/** The places the organisation may need in a crisis, by name. */
export async function listLocations(tx: Transaction, organisationId: string, locationId?: string) {
  const rows = await tx
    .select({
      id: locations.id,
      name: locations.name,
      address: locations.address,
      latitude: locations.latitude,
      longitude: locations.longitude,
      description: locations.description,
      labels: locations.labels,
    })
    .from(locations)
    .where(
      and(
        eq(locations.organisationId, organisationId),
        locationId ? eq(locations.id, locationId) : undefined,
      ),
    );
  return rows.sort(byName);
}

export type Location = Awaited<ReturnType<typeof listLocations>>[number];

/** One location; 404 when the organisation has no such location. */
export async function findLocation(tx: Transaction, organisationId: string, locationId: string) {
  const [location] = await listLocations(tx, organisationId, locationId);
  if (!location) throw notFound();
  return location;
}
