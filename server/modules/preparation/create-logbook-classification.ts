import { eq, max } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { logbookClassifications } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { findLogbookClassification } from './list-logbook-classifications.js';
import { nameTaken } from './organisation-rows.js';

/** Adds a kind of logbook entry; without a position it goes at the end of the list. */
export async function createLogbookClassification(
  db: Database,
  actor: Actor,
  input: { name: string; position?: number },
) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, logbookClassifications, logbookClassifications.name, organisationId, input.name))
      throw new DomainError('classification_name_taken', 409);
    let position = input.position;
    if (position === undefined) {
      const [last] = await tx
        .select({ position: max(logbookClassifications.position) })
        .from(logbookClassifications)
        .where(eq(logbookClassifications.organisationId, organisationId));
      position = last?.position === null || last?.position === undefined ? 0 : last.position + 1;
    }
    const id = uuidv7();
    await tx.insert(logbookClassifications).values({ id, organisationId, name: input.name, position });
    return findLogbookClassification(tx, organisationId, id);
  });
}
