import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/database.js';
import { incidents } from '../../../db/schema/incidents.js';
import { legalHolds } from '../../../db/schema/legal-holds.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';

const people = alias(users, 'held_person');
const creators = alias(users, 'creator');

/**
 * Holds with what they cover, newest first: one organisation's, or (operator privacy staff) all.
 * Runs as the platform: the caller's policy decided the scope, and the filter is explicit. Seen
 * from an organisation, who placed a hold is named only when they are of that organisation.
 */
export async function listLegalHolds(db: Database, organisationId: string | null, id?: string) {
  const rows = await db
    .select({
      hold: legalHolds,
      personName: people.name,
      personEmail: people.email,
      incidentNumber: incidents.number,
      incidentTitle: incidents.title,
      createdByName: creators.name,
      createdByOrganisationId: creators.organisationId,
      organisationName: organisations.name,
    })
    .from(legalHolds)
    .leftJoin(people, eq(people.id, legalHolds.userId))
    .leftJoin(incidents, eq(incidents.id, legalHolds.incidentId))
    .leftJoin(creators, eq(creators.id, legalHolds.createdBy))
    .innerJoin(organisations, eq(organisations.id, legalHolds.organisationId))
    .where(
      and(
        organisationId ? eq(legalHolds.organisationId, organisationId) : undefined,
        id ? eq(legalHolds.id, id) : undefined,
      ),
    )
    .orderBy(desc(legalHolds.createdAt), desc(legalHolds.id))
    .limit(500);
  return rows.map((row) => ({
    id: row.hold.id,
    organisation: { id: row.hold.organisationId, name: row.organisationName },
    person: row.hold.userId
      ? { id: row.hold.userId, name: row.personName ?? '', email: row.personEmail ?? '' }
      : null,
    incident: row.hold.incidentId
      ? { id: row.hold.incidentId, number: row.incidentNumber ?? 0, title: row.incidentTitle ?? '' }
      : null,
    ground: row.hold.ground,
    reason: row.hold.reason,
    until: row.hold.until,
    // Operator staff who placed a hold stay unnamed to the organisation, as in the disclosures list.
    createdBy:
      organisationId === null || row.createdByOrganisationId === organisationId ? row.createdByName : null,
    createdAt: row.hold.createdAt,
    liftedAt: row.hold.liftedAt,
  }));
}

export type LegalHoldView = Awaited<ReturnType<typeof listLegalHolds>>[number];
