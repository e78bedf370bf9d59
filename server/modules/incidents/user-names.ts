import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { users } from '../../db/schema/users.js';

/** Someone named in the incident record (author, owner, starter), as the API shows them. */
export interface PersonRef {
  id: string;
  name: string;
}

/**
 * Names of the organisation's people by id, in one query, for turning author ids into names.
 * People already `known` (the actor, whose name came with the session) are not asked for again.
 */
export async function userNames(
  tx: Transaction,
  organisationId: string,
  ids: Iterable<string | null | undefined>,
  known: readonly PersonRef[] = [],
): Promise<Map<string, PersonRef>> {
  const names = new Map(known.map((person) => [person.id, { id: person.id, name: person.name }]));
  const wanted = [
    ...new Set([...ids].filter((id): id is string => typeof id === 'string' && !names.has(id))),
  ];
  if (wanted.length === 0) return names;
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, wanted)));
  for (const row of rows) names.set(row.id, row);
  return names;
}

/** The person for an id, or null for none (e.g. written by an integration, or erased). */
export const personRef = (names: Map<string, PersonRef>, id: string | null | undefined): PersonRef | null =>
  (id ? names.get(id) : undefined) ?? null;
