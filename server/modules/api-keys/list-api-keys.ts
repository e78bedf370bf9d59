import { desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { apiKeys } from '../../db/schema/api-keys.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import type { ApiKeyScope } from '../../policies/api-key-actor.js';

/** The organisation's keys, revoked ones included, newest first; never the key or its hash. */
export async function listApiKeys(tx: Transaction, actor: Actor) {
  const rows = await tx
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      createdAt: apiKeys.createdAt,
      createdByName: users.name,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.organisationId, actor.organisationId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map((row) => ({ ...row, scopes: row.scopes as ApiKeyScope[] }));
}
