import { type SQL, sql } from 'drizzle-orm';
import type { Transaction } from '../../../db/database.js';
import { columnsOf, type PersonKeys, subjectCondition } from '../access/person-rows.js';
import { DATA_MAP } from '../data-map.js';
import type { DataMapEntry } from '../personal-data/map-table.js';
import { ERASURE_EXCEPTIONS, type ErasureStrategy } from '../personal-data/rules.js';
import type { ErasureChange, KeptValue, ReviewItem } from './erasure-result.js';

type Raw = { rows: Record<string, unknown>[] };

/** What the erasure does with each strategy of the data map; a new strategy does not compile until it is handled here. */
export const STRATEGY_STEPS: Record<ErasureStrategy['kind'], string> = {
  'delete-row': 'deleteRows',
  null: 'nullReferences',
  'remove-from-list': 'removeFromLists',
  pseudonymise: 'pseudonymise',
  unlinked: 'nothing: the pseudonymisation of its `by` column cuts the link',
  review: 'reviewItems: listed for a handler',
  keep: 'keptValues: listed with the exception',
};

const countOf = async (tx: Transaction, query: SQL) =>
  Number(((await tx.execute(query)) as unknown as Raw).rows[0]?.count ?? 0);

/**
 * The person's rows of a table. A text search is kept to their organisation (a name elsewhere is
 * someone else), and so is a match on an address: an address can belong to someone else in
 * another organisation later, and the platform's own mail (no organisation) goes with it. Ids and
 * hashes are unique on the platform and found wherever they are.
 */
function whereOf(entry: DataMapEntry, searched: readonly string[], person: PersonKeys): SQL {
  const condition = subjectCondition(entry.subject, searched, person);
  const hasOrganisation = columnsOf(entry.table).some((column) => column.name === 'organisation_id');
  if (!hasOrganisation) return condition;
  if (entry.subject.kind === 'search-value')
    return sql`${condition} and ${sql.identifier('organisation_id')} = ${person.organisationId}`;
  if (entry.subject.kind === 'email-address')
    return sql`${condition} and (${sql.identifier('organisation_id')} = ${person.organisationId} or ${sql.identifier('organisation_id')} is null)`;
  return condition;
}

/** Entries of the map with this strategy, per table and way of finding the person (one statement each). */
function groups(kind: DataMapEntry['erasure']['kind'], skipTable?: string) {
  const byKey = new Map<string, DataMapEntry[]>();
  for (const entry of DATA_MAP) {
    if (entry.erasure.kind !== kind || entry.table === skipTable) continue;
    const key = `${entry.table}\n${JSON.stringify(entry.subject)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return [...byKey.values()] as [DataMapEntry, ...DataMapEntry[]][];
}

/** Deletes the person's rows of every table whose map says delete-row (their account last, elsewhere). */
export async function deleteRows(tx: Transaction, person: PersonKeys): Promise<ErasureChange[]> {
  const changes: ErasureChange[] = [];
  for (const entries of groups('delete-row', 'users')) {
    const [first] = entries;
    const searched = entries.map((entry) => entry.column);
    const rows = await countOf(
      tx,
      sql`with gone as (delete from ${sql.identifier(first.table)} where ${whereOf(first, searched, person)} returning 1)
          select count(*)::int as "count" from gone`,
    );
    if (rows > 0) changes.push({ table: first.table, column: searched.join(', '), action: 'deleted', rows });
  }
  return changes;
}

/** Sets references to the person to null where the map says the link simply goes. */
export async function nullReferences(tx: Transaction, person: PersonKeys): Promise<ErasureChange[]> {
  const changes: ErasureChange[] = [];
  for (const entry of DATA_MAP.filter((candidate) => candidate.erasure.kind === 'null')) {
    const column = sql.identifier(entry.column);
    const rows = await countOf(
      tx,
      sql`with changed as (update ${sql.identifier(entry.table)} set ${column} = null
                           where ${column} = ${person.userId} returning 1)
          select count(*)::int as "count" from changed`,
    );
    if (rows > 0) changes.push({ table: entry.table, column: entry.column, action: 'nulled', rows });
  }
  return changes;
}

/** Takes the person out of lists of people (a roster's turn order keeps the others' order). */
export async function removeFromLists(tx: Transaction, person: PersonKeys): Promise<ErasureChange[]> {
  const changes: ErasureChange[] = [];
  for (const entry of DATA_MAP.filter((candidate) => candidate.erasure.kind === 'remove-from-list')) {
    if (entry.subject.kind !== 'user-id-list') throw new Error(`${entry.table}.${entry.column}: not a list`);
    const column = sql.identifier(entry.column);
    const removed = entry.subject.key
      ? sql`jsonb_set(${column}, ${`{${entry.subject.key}}`}::text[], (${column} -> ${entry.subject.key}::text) - ${person.userId}::text)`
      : sql`${column} - ${person.userId}::text`;
    const rows = await countOf(
      tx,
      sql`with changed as (update ${sql.identifier(entry.table)} set ${column} = ${removed}
                           where ${subjectCondition(entry.subject, [], person)} returning 1)
          select count(*)::int as "count" from changed`,
    );
    if (rows > 0)
      changes.push({ table: entry.table, column: entry.column, action: 'removed-from-list', rows });
  }
  return changes;
}

/**
 * Moves every reference to the person in the crisis record to the pseudonym account: a plain
 * reference is replaced, and in a list of people the person's id is swapped in place.
 */
export async function pseudonymise(
  tx: Transaction,
  person: PersonKeys,
  pseudonymId: string,
): Promise<ErasureChange[]> {
  const changes: ErasureChange[] = [];
  for (const entry of DATA_MAP.filter((candidate) => candidate.erasure.kind === 'pseudonymise')) {
    const column = sql.identifier(entry.column);
    const listed = entry.subject.kind === 'user-id-list' && entry.subject.column === entry.column;
    // A uuid is unique, so swapping it in the JSON text changes exactly the person's places.
    const update = listed
      ? sql`update ${sql.identifier(entry.table)} set ${column} = replace(${column}::text, ${person.userId}, ${pseudonymId})::jsonb
            where ${subjectCondition(entry.subject, [], person)} returning 1`
      : sql`update ${sql.identifier(entry.table)} set ${column} = ${pseudonymId}
            where ${column} = ${person.userId} returning 1`;
    const rows = await countOf(
      tx,
      sql`with changed as (${update}) select count(*)::int as "count" from changed`,
    );
    if (rows > 0) changes.push({ table: entry.table, column: entry.column, action: 'pseudonymised', rows });
  }
  return changes;
}

/** The person's account itself: what cascades from it (sessions, devices…) has its own delete-row entries. */
export async function deleteAccount(tx: Transaction, person: PersonKeys): Promise<ErasureChange> {
  const rows = await countOf(
    tx,
    sql`with gone as (delete from users where id = ${person.userId} and organisation_id = ${person.organisationId} returning 1)
        select count(*)::int as "count" from gone`,
  );
  return { table: 'users', column: '*', action: 'deleted', rows };
}

/** The values kept under a stated exception, with their ground and the date the retention rule ends them. */
export async function keptValues(tx: Transaction, person: PersonKeys): Promise<KeptValue[]> {
  const kept: KeptValue[] = [];
  for (const entry of DATA_MAP) {
    if (entry.erasure.kind !== 'keep') continue;
    const where = whereOf(entry, [entry.column], person);
    const ends =
      entry.retention.kind === 'days'
        ? sql`to_json(max(${sql.identifier(entry.retention.from)}) + ${entry.retention.days} * interval '1 day')#>>'{}'`
        : sql`null::text`;
    const { rows } = (await tx.execute(
      sql`select count(*)::int as "count", ${ends} as "endsAt" from ${sql.identifier(entry.table)} where ${where}`,
    )) as unknown as Raw;
    const count = Number(rows[0]?.count ?? 0);
    if (count === 0) continue;
    const exception = ERASURE_EXCEPTIONS[entry.erasure.exception];
    const endsAt = rows[0]?.endsAt;
    kept.push({
      table: entry.table,
      column: entry.column,
      exception: entry.erasure.exception,
      article: exception.article,
      reason: exception.reason,
      rows: count,
      endsAt: typeof endsAt === 'string' ? new Date(endsAt).toISOString() : null,
    });
  }
  return kept;
}

/** Free text that may name the person: listed for a handler, never changed automatically. */
export async function reviewItems(tx: Transaction, person: PersonKeys): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  for (const entry of DATA_MAP) {
    if (entry.erasure.kind !== 'review') continue;
    const rows = await countOf(
      tx,
      sql`select count(*)::int as "count" from ${sql.identifier(entry.table)}
          where ${whereOf({ ...entry, subject: entry.subject.kind === 'search-value' ? entry.subject : { kind: 'search-value' } }, [entry.column], person)}`,
    );
    if (rows > 0) items.push({ table: entry.table, column: entry.column, rows });
  }
  return items;
}
