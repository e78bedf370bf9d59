import { desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { supportGrants } from '../../db/schema/support-grants.js';
import { users } from '../../db/schema/users.js';

/** The organisation's support grants, ended ones included, newest first, with who granted each. */
export async function listSupportGrants(tx: Transaction, organisationId: string, now = new Date()) {
  const rows = await tx
    .select({
      id: supportGrants.id,
      reason: supportGrants.reason,
      grantedByName: users.name,
      createdAt: supportGrants.createdAt,
      expiresAt: supportGrants.expiresAt,
      revokedAt: supportGrants.revokedAt,
    })
    .from(supportGrants)
    .leftJoin(users, eq(users.id, supportGrants.grantedBy))
    .where(eq(supportGrants.organisationId, organisationId))
    .orderBy(desc(supportGrants.createdAt), desc(supportGrants.id));
  return rows.map((row) => ({ ...row, active: row.revokedAt === null && row.expiresAt > now }));
}
