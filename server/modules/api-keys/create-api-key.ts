import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { apiKeys } from '../../db/schema/api-keys.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import type { ApiKeyScope } from '../../policies/api-key-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { newApiKeySecret } from './api-key-secret.js';

export interface NewApiKey {
  name: string;
  scopes: ApiKeyScope[];
  ipAddress: string;
}

/** Creates a key for the actor's organisation. The key is in the result and nowhere else: only its hash is kept. */
export async function createApiKey(db: Database, actor: Actor, input: NewApiKey) {
  const { key, prefix, keyHash } = newApiKeySecret();
  const scopes = [...new Set(input.scopes)];
  const row = await inTenant(db, actor.organisationId, async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({
        id: uuidv7(),
        organisationId: actor.organisationId,
        name: input.name.trim(),
        prefix,
        keyHash,
        scopes,
        createdBy: actor.userId,
      })
      .returning({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        createdAt: apiKeys.createdAt,
      });
    if (!created) throw new Error('api key insert returned nothing');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'api_key.created',
      targetType: 'api_key',
      targetId: created.id,
      ipAddress: input.ipAddress,
      details: { name: created.name, prefix, scopes },
    });
    return created;
  });
  return { ...row, scopes, key };
}
