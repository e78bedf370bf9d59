import { and, asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { incidentLocations } from '../../db/schema/incidents.js';
import { type PersonRef, personRef, userNames } from '../incidents/user-names.js';

/** A place in the incident, as the API shows it and `location.added` carries it. */
export interface IncidentLocationView {
  id: string;
  /** The default location it was copied from; null when entered by hand (or that location was removed). */
  locationId: string | null;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  addedBy: PersonRef | null;
  createdAt: string;
}

type IncidentLocationRow = typeof incidentLocations.$inferSelect;

/** Presents rows with the names of who added them (one query for all). */
export async function presentIncidentLocations(
  tx: Transaction,
  organisationId: string,
  rows: IncidentLocationRow[],
): Promise<IncidentLocationView[]> {
  const names = await userNames(
    tx,
    organisationId,
    rows.map((row) => row.addedBy),
  );
  return rows.map((row) => ({
    id: row.id,
    locationId: row.locationId,
    name: row.name,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    description: row.description,
    addedBy: personRef(names, row.addedBy),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The incident's places in the order they were added. */
export async function readIncidentLocations(tx: Transaction, organisationId: string, incidentId: string) {
  const rows = await tx
    .select()
    .from(incidentLocations)
    .where(
      and(eq(incidentLocations.organisationId, organisationId), eq(incidentLocations.incidentId, incidentId)),
    )
    .orderBy(asc(incidentLocations.createdAt), asc(incidentLocations.id));
  return presentIncidentLocations(tx, organisationId, rows);
}
