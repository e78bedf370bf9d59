import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { disclosures } from '../../../db/schema/disclosures.js';
import { organisations } from '../../../db/schema/organisations.js';
import { supportGrants } from '../../../db/schema/support-grants.js';
import { users } from '../../../db/schema/users.js';

/** What the processor record says about one customer: settings and counts, never a person. */
export interface OrganisationFacts {
  id: string;
  name: string;
  createdAt: Date;
  cancelledAt: Date | null;
  requireSecondFactor: boolean;
  adminCount: number;
  supportAccessUntil: Date | null;
}

export interface DisclosureCount {
  organisationId: string | null;
  kind: string;
  count: number;
}

/**
 * Every customer organisation (not the operator's own) by name. This read spans organisations by
 * design, so it runs as the connecting user; only privacy staff reach it (read-processing-records).
 */
export async function listOrganisationFacts(db: Database, now: Date): Promise<OrganisationFacts[]> {
  const supportAccessUntil =
    sql<Date | null>`(select max(${supportGrants.expiresAt}) from ${supportGrants} where ${and(
      eq(supportGrants.organisationId, organisations.id),
      isNull(supportGrants.revokedAt),
      gt(supportGrants.expiresAt, now),
    )})`.mapWith(supportGrants.expiresAt);
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      createdAt: organisations.createdAt,
      cancelledAt: organisations.cancelledAt,
      requireSecondFactor: organisations.requireSecondFactor,
      adminCount: db.$count(
        users,
        and(eq(users.organisationId, organisations.id), eq(users.role, 'admin'), eq(users.status, 'active')),
      ),
      supportAccessUntil,
    })
    .from(organisations)
    .where(eq(organisations.isOperator, false))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** How many disclosures the register holds, per organisation concerned and kind (counts only). */
export async function countDisclosures(db: Database): Promise<DisclosureCount[]> {
  return db
    .select({ organisationId: disclosures.organisationId, kind: disclosures.kind, count: count() })
    .from(disclosures)
    .groupBy(disclosures.organisationId, disclosures.kind);
}
