import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { dataBreaches, dataBreachOrganisations } from '../../../db/schema/data-breaches.js';
import { inTenant } from '../../../db/tenant-transaction.js';
import type { Actor } from '../../../policies/actor.js';
import { canReadOrganisationBreaches } from '../../../policies/data-breaches.js';
import { forbidden, notFound } from '../../domain-error.js';
import { type BreachView, withClock } from './list-breaches.js';

/** A breach as an affected organisation's admins read it: when they were told, never who else was. */
export type OrganisationBreachView = BreachView & { notifiedAt: Date };

/**
 * The breaches that concern the actor's organisation (art. 33(2)), read under row-level security:
 * another organisation's breach cannot show up, whatever the filter says, and it answers 404.
 */
async function readAffected(db: Database, actor: Actor, now: Date, id?: string) {
  if (!canReadOrganisationBreaches(actor)) throw forbidden();
  const rows = await inTenant(db, actor.organisationId, (tx) =>
    tx
      .select({ breach: dataBreaches, notifiedAt: dataBreachOrganisations.notifiedAt })
      .from(dataBreachOrganisations)
      .innerJoin(dataBreaches, eq(dataBreaches.id, dataBreachOrganisations.breachId))
      .where(
        and(
          eq(dataBreachOrganisations.organisationId, actor.organisationId),
          id === undefined ? undefined : eq(dataBreaches.id, id),
        ),
      )
      .orderBy(desc(dataBreaches.discoveredAt))
      .limit(500),
  );
  return rows.map(
    (row): OrganisationBreachView => ({ ...withClock(row.breach, now), notifiedAt: row.notifiedAt }),
  );
}

export const listOrganisationBreaches = (db: Database, actor: Actor, now: Date) =>
  readAffected(db, actor, now);

export async function readOrganisationBreach(db: Database, actor: Actor, id: string, now: Date) {
  const [view] = await readAffected(db, actor, now, id);
  if (!view) throw notFound();
  return view;
}
