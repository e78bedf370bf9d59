import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { users } from '../../db/schema/users.js';

/** Someone named in the incident record (author, owner, starter), as the API shows them. */
export interface PersonRef {
  id: string;
  name: string;
}

/** Names of the organisation's people by id, in one query, for turning author ids into names. */
export async function userNames(
  tx: Transaction,
  organisationId: string,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, wanted)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The person for an id, or null for none (e.g. written by an integration, or erased). */
export const personRef = (names: Map<string, PersonRef>, id: string | null | undefined): PersonRef | null =>
  (id ? names.get(id) : undefined) ?? null;
