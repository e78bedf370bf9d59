import { and, asc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { organisations } from '../../db/schema/organisations.js';
import { supportGrants } from '../../db/schema/support-grants.js';
import { users } from '../../db/schema/users.js';

/**
 * The customer organisations for the operator console: settings and head counts only, never a
 * person's name or address and never crisis content. This one read spans organisations by design,
 * so it runs as the connecting user; the route lets only operator staff call it.
 */
export async function listOrganisations(db: Database, now = new Date()) {
  const supportAccessUntil =
    sql<Date | null>`(select max(${supportGrants.expiresAt}) from ${supportGrants} where ${and(
      eq(supportGrants.organisationId, organisations.id),
      isNull(supportGrants.revokedAt),
      gt(supportGrants.expiresAt, now),
    )})`.mapWith(supportGrants.expiresAt);
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      createdAt: organisations.createdAt,
      cancelledAt: organisations.cancelledAt,
      requireSecondFactor: organisations.requireSecondFactor,
      memberCount: db.$count(
        users,
        and(eq(users.organisationId, organisations.id), ne(users.status, 'cancelled')),
      ),
      activeMemberCount: db.$count(
        users,
        and(eq(users.organisationId, organisations.id), eq(users.status, 'active')),
      ),
      supportAccessUntil,
    })
    .from(organisations)
    .where(eq(organisations.isOperator, false))
    .orderBy(asc(organisations.name), asc(organisations.id));
  return rows.map((row) => ({ ...row, supportAccessActive: row.supportAccessUntil !== null }));
}
