import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { dataBreaches, dataBreachOrganisations } from '../../../db/schema/data-breaches.js';
import { organisations } from '../../../db/schema/organisations.js';
import { DomainError, notFound } from '../../domain-error.js';

export type DataBreachRow = typeof dataBreaches.$inferSelect;

/** Whether the decision about the Autoriteit Persoonsgegevens is on record: it stops the 72-hour clock. */
export const authorityDecided = (breach: DataBreachRow) =>
  breach.authorityNotifiedAt !== null || breach.authorityNotNotifiedReason !== null;

/** Whether the decision about informing the people concerned (art. 34) is on record. */
export const subjectsDecided = (breach: DataBreachRow) =>
  breach.subjectsInformedAt !== null || breach.subjectsNotInformedReason !== null;

/**
 * The first statement of every change: the breach's row, locked, so two staff members deciding at
 * once are serialised; a closed breach is the record as it was closed and is not changed again.
 */
export async function lockOpenBreach(tx: Transaction, id: string): Promise<DataBreachRow> {
  const [breach] = await tx.select().from(dataBreaches).where(eq(dataBreaches.id, id)).for('update');
  if (!breach) throw notFound();
  if (breach.status === 'closed') throw new DomainError('data_breach_closed', 409);
  return breach;
}

/** The organisations a breach concerns, with their names: for the operator's eyes only. */
export function affectedOrganisations(db: Database | Transaction, breachIds: readonly string[]) {
  if (breachIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      breachId: dataBreachOrganisations.breachId,
      id: organisations.id,
      name: organisations.name,
      notifiedAt: dataBreachOrganisations.notifiedAt,
    })
    .from(dataBreachOrganisations)
    .innerJoin(organisations, eq(organisations.id, dataBreachOrganisations.organisationId))
    .where(inArray(dataBreachOrganisations.breachId, [...breachIds]))
    .orderBy(asc(organisations.name));
}

/** Whether the organisation is marked as affected by the breach. */
export async function isAffected(db: Database | Transaction, breachId: string, organisationId: string) {
  const [row] = await db
    .select({ breachId: dataBreachOrganisations.breachId })
    .from(dataBreachOrganisations)
    .where(
      and(
        eq(dataBreachOrganisations.breachId, breachId),
        eq(dataBreachOrganisations.organisationId, organisationId),
      ),
    );
  return row !== undefined;
}
