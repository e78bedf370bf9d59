import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { logbookLabels } from '../../db/schema/preparation.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { findLogbookLabel } from './list-logbook-labels.js';
import { nameTaken } from './organisation-rows.js';

/** Adds a label to filter the logbook by. */
export async function createLogbookLabel(db: Database, actor: Actor, input: { name: string }) {
  const { organisationId } = actor;
  return inTenant(db, organisationId, async (tx) => {
    if (await nameTaken(tx, logbookLabels, logbookLabels.name, organisationId, input.name))
      throw new DomainError('label_name_taken', 409);
    const id = uuidv7();
    await tx.insert(logbookLabels).values({ id, organisationId, name: input.name });
    return findLogbookLabel(tx, organisationId, id);
  });
}
