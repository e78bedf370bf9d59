import { type SQL, type Name as SQLName, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { DATA_MAP } from '../data-map.js';
import type { ErasureException } from '../personal-data/rules.js';
import type { ScanHit, ScanResult } from './erasure-result.js';

/** What identifies the person, as the scan searches for it. */
export interface ScanTarget {
  organisationId: string;
  userId: string;
  emails: readonly string[];
  name: string;
  phone: string | null;
}

type Raw = { rows: Record<string, unknown>[] };

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
const anyOf = (column: SQL | SQLName, patterns: readonly string[]) =>
  patterns.length === 0
    ? sql`false`
    : sql`(${sql.join(
        patterns.map((pattern) => sql`${column}::text ilike ${pattern}`),
        sql` or `,
      )})`;

/** What the data map says keeps a column's value after an erasure. */
function coverOf(table: string, column: string): ErasureException | 'review' | null {
  const entry = DATA_MAP.find((candidate) => candidate.table === table && candidate.column === column);
  if (entry?.erasure.kind === 'keep') return entry.erasure.exception;
  if (entry?.erasure.kind === 'review') return 'review';
  return null;
}

/**
 * Searches every text, JSON and uuid column of every schema of the database (read from
 * information_schema, not from the data map, so an unmapped column cannot hide anything) for the
 * person's id, e-mail addresses, name and phone number. The id and addresses are unique on the
 * platform and are searched everywhere; a name or phone number is not, so in a table with an
 * organisation it is searched in the person's organisation only (elsewhere it is someone else).
 * Returns counts per column, never the values found.
 */
// @promise P17 the erasure ends with a scan of the whole database for the person's identifiers
export async function scanForPerson(db: Database | Transaction, target: ScanTarget): Promise<ScanResult> {
  const unique = [target.userId, ...target.emails].filter((term) => term.length >= 5).map(likePattern);
  const shared = [target.name.trim(), target.phone?.trim() ?? '']
    .filter((term) => term.length >= 5)
    .map(likePattern);
  const columns = (
    (await db.execute(
      sql`select c.table_schema as "schema", c.table_name as "table", c.column_name as "column",
                 exists (select 1 from information_schema.columns o
                         where o.table_schema = c.table_schema and o.table_name = c.table_name
                           and o.column_name = 'organisation_id') as "hasOrganisation"
          from information_schema.columns c
          join information_schema.tables t
            on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
          where c.table_schema not in ('pg_catalog', 'information_schema')
            and c.table_schema not like 'pg\\_%'
            and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'uuid', 'ARRAY')
          order by 1, 2, 3`,
    )) as unknown as Raw
  ).rows as { schema: string; table: string; column: string; hasOrganisation: boolean }[];
  const hits: ScanHit[] = [];
  for (const { schema, table, column, hasOrganisation } of columns) {
    const value = sql.identifier(column);
    const local = hasOrganisation
      ? sql`(${sql.identifier('organisation_id')} = ${target.organisationId} and ${anyOf(value, shared)})`
      : anyOf(value, shared);
    const found = (await db.execute(
      sql`select count(*)::int as "rows" from ${sql.identifier(schema)}.${sql.identifier(table)}
          where ${anyOf(value, unique)} or ${local}`,
    )) as unknown as Raw;
    const rows = Number(found.rows[0]?.rows ?? 0);
    if (rows === 0) continue;
    hits.push({
      schema,
      table,
      column,
      rows,
      coveredBy: schema === 'public' ? coverOf(table, column) : null,
    });
  }
  const identifiers: ScanResult['identifiers'] = ['id', 'email'];
  if (target.name.trim().length >= 5) identifiers.push('name');
  if ((target.phone?.trim().length ?? 0) >= 5) identifiers.push('phone');
  return {
    identifiers,
    tables: new Set(columns.map((entry) => `${entry.schema}.${entry.table}`)).size,
    columns: columns.length,
    hits,
  };
}
