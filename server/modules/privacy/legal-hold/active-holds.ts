import { and, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { incidentParticipants } from '../../../db/schema/incidents.js';
import { legalHolds } from '../../../db/schema/legal-holds.js';

/** A hold in force: not lifted and not past its date. */
export const inForce = (now: Date) => and(isNull(legalHolds.liftedAt), gt(legalHolds.until, now));

/**
 * The holds in force over a person's data: on the person, or on an incident they took part in
 * (their part of its record is what the hold keeps).
 */
export async function activeHoldsOnPerson(
  db: Database | Transaction,
  organisationId: string,
  userId: string,
  now: Date,
) {
  const incidents = db
    .select({ id: incidentParticipants.incidentId })
    .from(incidentParticipants)
    .where(
      and(eq(incidentParticipants.userId, userId), eq(incidentParticipants.organisationId, organisationId)),
    );
  return db
    .select({
      id: legalHolds.id,
      ground: legalHolds.ground,
      reason: legalHolds.reason,
      until: legalHolds.until,
      incidentId: legalHolds.incidentId,
    })
    .from(legalHolds)
    .where(
      and(
        eq(legalHolds.organisationId, organisationId),
        inForce(now),
        or(eq(legalHolds.userId, userId), inArray(legalHolds.incidentId, incidents)),
      ),
    )
    .orderBy(legalHolds.until);
}

/** Whether an incident is under a hold in force: then it may not be deleted. */
export async function incidentIsHeld(tx: Transaction, incidentId: string, now: Date): Promise<boolean> {
  const [held] = await tx
    .select({ id: legalHolds.id })
    .from(legalHolds)
    .where(and(eq(legalHolds.incidentId, incidentId), inForce(now)))
    .limit(1);
  return held !== undefined;
}
