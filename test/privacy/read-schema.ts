import type { DatabaseHandle } from '../../server/db/database.js';
import type { SchemaColumn } from './personal-column-heuristics.js';

/**
 * The application's columns as the migrated database has them (schema `public`; `drizzle` only
 * records which migrations ran), each with whether a foreign key points it at users.id.
 */
export async function readSchemaColumns(handle: DatabaseHandle): Promise<SchemaColumn[]> {
  const columns = await handle.executeSql(
    `select table_name, column_name, data_type from information_schema.columns
     where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const userKeys = await handle.executeSql(
    `select source.relname as table_name, attribute.attname as column_name
     from pg_constraint constraint_
     join pg_class source on source.oid = constraint_.conrelid
     join pg_attribute attribute
       on attribute.attrelid = constraint_.conrelid and attribute.attnum = any (constraint_.conkey)
     where constraint_.contype = 'f' and constraint_.confrelid = 'public.users'::regclass`,
  );
  const referencing = new Set(
    (userKeys.rows as { table_name: string; column_name: string }[]).map(
      (row) => `${row.table_name}.${row.column_name}`,
    ),
  );
  return (columns.rows as { table_name: string; column_name: string; data_type: string }[]).map((row) => ({
    table: row.table_name,
    column: row.column_name,
    dataType: row.data_type,
    referencesUsers: referencing.has(`${row.table_name}.${row.column_name}`),
  }));
}
