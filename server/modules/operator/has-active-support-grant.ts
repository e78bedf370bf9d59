import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { supportGrants } from '../../db/schema/support-grants.js';

/**
 * Whether the organisation currently lets operator support see its content: a grant that is
 * neither revoked nor expired. Modules that show content to operator staff ask this first, on
 * every request, so a revoked grant closes access at once.
 */
export async function hasActiveSupportGrant(
  db: Database | Transaction,
  organisationId: string,
  now = new Date(),
): Promise<boolean> {
  const [grant] = await db
    .select({ id: supportGrants.id })
    .from(supportGrants)
    .where(
      and(
        eq(supportGrants.organisationId, organisationId),
        isNull(supportGrants.revokedAt),
        gt(supportGrants.expiresAt, now),
      ),
    )
    .limit(1);
  return grant !== undefined;
}
