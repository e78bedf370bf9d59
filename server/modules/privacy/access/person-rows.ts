import { createHash } from 'node:crypto';
import { type Column, getTableColumns, getTableName, is, type SQL, sql, Table } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import * as schema from '../../../db/schema/index.js';
import type { SubjectLink } from '../personal-data/rules.js';

/** How to recognise the person: their account and what identifies them in free text and hashes. */
export interface PersonKeys {
  organisationId: string;
  userId: string;
  /** The current address first, then addresses waiting for confirmation. */
  emails: string[];
  name: string;
  phone: string | null;
  /** Addresses the person signed in from, for the hashed sign-in counters. */
  ipAddresses: string[];
}

/** The SQL columns of every table in the schema, by table name. */
const TABLE_COLUMNS = new Map<string, Column[]>();
for (const value of Object.values(schema) as unknown[]) {
  if (is(value, Table)) TABLE_COLUMNS.set(getTableName(value), Object.values(getTableColumns(value)));
}

export function columnsOf(table: string): Column[] {
  const columns = TABLE_COLUMNS.get(table);
  if (!columns) throw new Error(`no table ${table} in the schema`);
  return columns;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * The counter keys of login_throttles that belong to the person, made the way the counters make
 * them (modules/accounts/login-throttle.ts, mail-rate-limit.ts, alerts/link-guesses.ts, and the
 * export's own limit): by their address, each address they signed in from, and their account.
 */
export function throttleKeysOf(person: PersonKeys): string[] {
  const keys = [`data-export:${digest(person.userId)}`];
  for (const email of person.emails) {
    const account = email.trim().toLowerCase();
    keys.push(`account:${digest(account)}`);
    for (const ip of person.ipAddresses) keys.push(`account-ip:${digest(`${account}\n${ip}`)}`);
  }
  for (const ip of person.ipAddresses)
    keys.push(
      `ip:${digest(ip)}`,
      `mail-ip:${digest(ip)}`,
      `alert-link-ip:${digest(ip)}`,
      `site-chat-start-ip:${digest(ip)}`,
      `site-chat-ip:${digest(ip)}`,
    );
  return keys;
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

/** What the person's name, addresses, phone and id look like in free text; short names would match too much. */
export function searchTerms(person: PersonKeys): string[] {
  return [person.userId, ...person.emails, person.name.trim(), person.phone?.trim() ?? ''].filter(
    (term) => term.length >= 5,
  );
}

/** The WHERE condition that finds the person's rows of `table` the way `link` says. */
export function subjectCondition(
  link: SubjectLink,
  searchedColumns: readonly string[],
  person: PersonKeys,
): SQL {
  const column = (name: string) => sql.identifier(name);
  switch (link.kind) {
    case 'account':
      return sql`${column('id')} = ${person.userId}`;
    case 'user-reference':
      return sql`${column(link.column)} = ${person.userId}`;
    case 'user-id-list': {
      const needle = JSON.stringify([person.userId]);
      return link.key
        ? sql`(${column(link.column)} -> ${link.key}::text) @> ${needle}::jsonb`
        : sql`${column(link.column)} @> ${needle}::jsonb`;
    }
    case 'email-address':
      return sql`lower(${column(link.column)}) in (${list(person.emails.map((email) => email.toLowerCase()))})`;
    case 'via-row':
      return sql`${column(link.column)} in (select id from ${sql.identifier(link.table)} where user_id = ${person.userId})`;
    case 'via-email-row':
      return sql`${column(link.column)} in (select id from ${sql.identifier(link.table)} where lower(${sql.identifier(link.emailColumn)}) in (${list(person.emails.map((email) => email.toLowerCase()))}))`;
    case 'hashed':
      return sql`${column(link.column)} in (${list(throttleKeysOf(person))})`;
    case 'search-value': {
      const patterns = searchTerms(person).map(likePattern);
      const tests = searchedColumns.flatMap((name) =>
        patterns.map((pattern) => sql`${column(name)}::text ilike ${pattern}`),
      );
      if (tests.length === 0) return sql`false`;
      const found = sql`(${sql.join(tests, sql` or `)})`;
      if (!link.organisationVia) return found;
      const via = link.organisationVia;
      return sql`${found} and ${column('id')} in (select ${column(via.column)} from ${sql.identifier(via.table)} where organisation_id = ${person.organisationId})`;
    }
  }
}

/** A column as the report reads it: JSON-safe on both drivers; a file as its size, or base64 when asked. */
function readable(column: Column, includeFiles: boolean): SQL {
  const name = sql.identifier(column.name);
  if (column.getSQLType() === 'bytea')
    return includeFiles
      ? sql`jsonb_build_object('byteSize', octet_length(${name}), 'base64', translate(encode(${name}, 'base64'), E'\n', ''))`
      : sql`jsonb_build_object('byteSize', octet_length(${name}))`;
  return sql`${name}`;
}

export interface RowQuery {
  table: string;
  valueColumns: readonly string[];
  detailColumns: readonly string[];
  condition: SQL;
  organisationId: string;
  limit: number;
  includeFiles: boolean;
}

function jsonObject(table: string, names: readonly string[], includeFiles: boolean): SQL {
  if (names.length === 0) return sql`'{}'::jsonb`;
  const columns = columnsOf(table);
  const pairs = names.map((name) => {
    const column = columns.find((candidate) => candidate.name === name);
    if (!column) throw new Error(`${table} has no column ${name}`);
    return sql`${name}::text, ${readable(column, includeFiles)}`;
  });
  return sql`jsonb_build_object(${sql.join(pairs, sql`, `)})`;
}

type Raw = { rows: Record<string, unknown>[] };
const parsed = (value: unknown): Record<string, unknown> =>
  (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;

/**
 * The person's rows of one table, at most `limit` (ordered by id), and how many there are in all.
 * Runs inside the tenant transaction; the organisation filter is repeated for the index's sake.
 */
export async function readPersonRows(tx: Database | Transaction, query: RowQuery) {
  const names = columnsOf(query.table).map((column) => column.name);
  const scoped = names.includes('organisation_id')
    ? sql`${query.condition} and ${sql.identifier('organisation_id')} = ${query.organisationId}`
    : query.condition;
  const order = sql.identifier(names.includes('id') ? 'id' : (names[0] ?? 'id'));
  const from = sql.identifier(query.table);
  const result = (await tx.execute(
    sql`select ${jsonObject(query.table, query.valueColumns, query.includeFiles)} as "values",
               ${jsonObject(query.table, query.detailColumns, query.includeFiles)} as "details"
        from ${from} where ${scoped} order by ${order} limit ${query.limit + 1}`,
  )) as unknown as Raw;
  const rows = result.rows.slice(0, query.limit).map((row) => ({
    values: parsed(row.values),
    details: parsed(row.details),
  }));
  if (result.rows.length <= query.limit) return { rows, rowCount: rows.length, truncated: false };
  const counted = (await tx.execute(
    sql`select count(*)::int as "count" from ${from} where ${scoped}`,
  )) as unknown as Raw;
  return { rows, rowCount: Number(counted.rows[0]?.count ?? rows.length), truncated: true };
}
