import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { notFound } from '../domain-error.js';

/** The organisation's own settings, as its members see them. */
export function getOrganisation(db: Database, actor: Actor) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const [organisation] = await tx
      .select({
        id: organisations.id,
        name: organisations.name,
        requireSecondFactor: organisations.requireSecondFactor,
      })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    if (!organisation) throw notFound();
    return organisation;
  });
}

/** An admin renames the organisation or makes a second factor mandatory for everyone. */
export function updateOrganisation(
  db: Database,
  actor: Actor,
  changes: { name?: string; requireSecondFactor?: boolean },
) {
  return inTenant(db, actor.organisationId, async (tx) => {
    await tx.update(organisations).set(changes).where(eq(organisations.id, actor.organisationId));
  });
}
