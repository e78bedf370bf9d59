import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_MAP } from '../../server/modules/privacy/data-map.js';
import type { DataMapEntry } from '../../server/modules/privacy/personal-data/map-table.js';
import { createTestDatabase, type TestDatabase, testBackends } from '../support/test-database.js';
import { NOT_PERSONAL } from './not-personal-columns.js';
import { personalLooks, type SchemaColumn } from './personal-column-heuristics.js';
import { readSchemaColumns } from './read-schema.js';

const keyOf = (column: { table: string; column: string }) => `${column.table}.${column.column}`;
const mapped = new Set(DATA_MAP.map(keyOf));
const reviewed = new Set(NOT_PERSONAL.map(keyOf));

/** The other columns of its own row an entry relies on: subject, retention clock, unlinking column. */
function columnsNamedBy(entry: DataMapEntry): string[] {
  const named: string[] = [];
  if ('column' in entry.subject) named.push(entry.subject.column);
  const retention = entry.retention;
  if (retention.kind === 'days') named.push(retention.from);
  if (retention.kind === 'with-parent') named.push(retention.via);
  if (retention.kind === 'until-verified') named.push(retention.deadline);
  if (retention.kind === 'until-satisfied') named.push(retention.purgeAfter);
  if (retention.kind === 'with-incident' && retention.withoutIncident)
    named.push(retention.withoutIncident.from);
  if (entry.erasure.kind === 'unlinked') named.push(entry.erasure.by);
  return named;
}

const backends = await testBackends();

// @promise P2
describe.each(backends)('the data map against the migrated schema [%s]', (kind) => {
  let database: TestDatabase;
  let columns: SchemaColumn[];
  let existing: Set<string>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    columns = await readSchemaColumns(database.handle);
    existing = new Set(columns.map(keyOf));
  });
  afterAll(() => database?.drop());

  it('lists every column that looks personal, unless it was reviewed as not personal', () => {
    const unlisted = columns
      .filter((column) => personalLooks(column).length > 0)
      .filter((column) => !mapped.has(keyOf(column)) && !reviewed.has(keyOf(column)))
      .map((column) => `${keyOf(column)} (${personalLooks(column).join(', ')})`);
    expect(unlisted).toEqual([]);
  });

  it('lists no column the database does not have', () => {
    expect(DATA_MAP.map(keyOf).filter((key) => !existing.has(key))).toEqual([]);
  });

  it('names only columns of the same table in subjects, retention clocks and unlinking', () => {
    const broken = DATA_MAP.flatMap((entry) =>
      columnsNamedBy(entry)
        .filter((column) => !existing.has(`${entry.table}.${column}`))
        .map((column) => `${keyOf(entry)} → ${column}`),
    );
    expect(broken).toEqual([]);
  });

  it('keeps the reviewed list honest: real columns that look personal, never a user reference', () => {
    const byKey = new Map(columns.map((column) => [keyOf(column), column]));
    const stale = NOT_PERSONAL.filter((entry) => {
      const column = byKey.get(keyOf(entry));
      return !column || personalLooks(column).length === 0;
    }).map(keyOf);
    expect(stale).toEqual([]);
    const references = NOT_PERSONAL.filter((entry) => {
      const looks = personalLooks(byKey.get(keyOf(entry)) as SchemaColumn);
      return looks.includes('user-foreign-key') || looks.includes('user-reference');
    }).map(keyOf);
    expect(references).toEqual([]);
  });

  it('finds a column added later, as the next migration would add it', async () => {
    await database.handle.executeSql('alter table users add column mobile_phone text');
    const grown = await readSchemaColumns(database.handle);
    const unlisted = grown.filter(
      (column) =>
        personalLooks(column).length > 0 && !mapped.has(keyOf(column)) && !reviewed.has(keyOf(column)),
    );
    expect(unlisted.map(keyOf)).toEqual(['users.mobile_phone']);
    await database.handle.executeSql('alter table users drop column mobile_phone');
  });
});

describe('the data map itself', () => {
  it('lists each column once, and never one it also calls not personal', () => {
    const keys = DATA_MAP.map(keyOf);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(NOT_PERSONAL.map(keyOf).filter((key) => mapped.has(key))).toEqual([]);
  });

  // @promise P7
  it('the heuristics flag every kind of data the privacy statement names (P7)', () => {
    const text = (table: string, column: string): SchemaColumn => ({
      table,
      column,
      dataType: 'text',
      referencesUsers: false,
    });
    const statementKinds = [
      text('users', 'name'),
      text('users', 'email'),
      text('users', 'phone'),
      text('users', 'password_hash'),
      text('sessions', 'ip_address'),
      text('sessions', 'token_hash'),
      text('sessions', 'user_agent'),
      text('sessions', 'device'),
      text('sessions', 'operating_system'),
      text('sessions', 'browser'),
      text('chat_messages', 'body'),
      { table: 'logbook_entries', column: 'author_id', dataType: 'uuid', referencesUsers: true },
      { table: 'audit_log', column: 'actor_user_id', dataType: 'uuid', referencesUsers: false },
    ];
    expect(statementKinds.filter((column) => personalLooks(column).length === 0).map(keyOf)).toEqual([]);
  });
});
