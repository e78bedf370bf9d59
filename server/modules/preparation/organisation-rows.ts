import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../db/database.js';
import type { MessageCode } from '../../i18n/messages.js';
import { DomainError } from '../domain-error.js';

/** A table of the organisation's own things: every preparation table has these two columns. */
export type OrganisationTable = PgTable & { id: AnyPgColumn; organisationId: AnyPgColumn };

/** Whether another row of the organisation already has this name, ignoring case as people do. */
export async function nameTaken(
  tx: Transaction,
  table: OrganisationTable,
  nameColumn: AnyPgColumn,
  organisationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.organisationId, organisationId),
        sql`lower(${nameColumn}) = lower(${name})`,
        exceptId ? ne(table.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** A 400 for an id in the request body that names nothing of the organisation, pointing at the field. */
export const unknownReference = (code: MessageCode, path: string) =>
  new DomainError(code, 400, { fields: [{ path, message: code }] });

/**
 * Checks that every id is a row of the organisation; otherwise a 400 naming the first field at fault
 * (`path(index)`). Another organisation's id is as unknown as one that does not exist.
 */
export async function requireOwnIds(
  tx: Transaction,
  table: OrganisationTable,
  organisationId: string,
  ids: readonly string[],
  code: MessageCode,
  path: (index: number) => string,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), inArray(table.id, [...new Set(ids)])));
  const found = new Set(rows.map((row) => row.id as string));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw unknownReference(code, path(missing));
}

/** The SQLSTATE of a database error (drizzle keeps the driver's error as `cause`). */
export const sqlStateOf = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Dutch alphabetical order, the same whatever collation the database has; ties by id for a stable list. */
export const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  collator.compare(a.name, b.name) || a.id.localeCompare(b.id);

/** Dutch alphabetical comparison of two texts. */
export const compareDutch = (a: string, b: string) => collator.compare(a, b);
