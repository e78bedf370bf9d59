import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '../../../db/database.js';
import { legalHolds } from '../../../db/schema/legal-holds.js';
import { organisations } from '../../../db/schema/organisations.js';
import { users } from '../../../db/schema/users.js';
import { recordAudit } from '../../audit/record-audit.js';
import { DATA_MAP } from '../data-map.js';

type Raw = { rows: Record<string, unknown>[] };

export interface OrganisationErasureProof {
  /** Tables with an organisation column, each checked to hold no row of the organisation. */
  tablesChecked: number;
  /** Columns searched for the ids and addresses its people had. */
  columnsScanned: number;
  people: number;
  /** Rows that still hold one of them, per `table.column`, each kept by an exception the data map states. */
  kept: Record<string, number>;
}

export type OrganisationErasureOutcome =
  | { outcome: 'erased'; proof: OrganisationErasureProof }
  | { outcome: 'restored' }
  /** A legal hold in force on one of its people or incidents (art. 17(3)): tried again next run. */
  | { outcome: 'held'; holds: number };

/** Thrown inside the transaction when the proof finds something left: the erasure is rolled back. */
export class OrganisationErasureIncomplete extends Error {}

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Erases a cancelled organisation whose grace period has passed (P8), in the caller's transaction:
 * all or nothing. Its rows go by the foreign keys' cascade from `organisations`; the audit log and
 * the event outbox have no foreign key (they must outlive a deleted row), so they are deleted by
 * organisation, the audit log through the one door its append-only trigger opens for the
 * organisation named in this transaction (migration 0016). Then the proof: no table with an
 * organisation column holds a row of it, and no column anywhere holds an id or e-mail address of
 * its people; otherwise the transaction fails and nothing is erased. The platform's audit log
 * keeps the proof, as counts only.
 */
// @promise P8 an organisation that cancelled is erased whole after its grace period, with a proof
export async function eraseOrganisationIn(
  tx: Transaction,
  organisationId: string,
  schedule: { id: string; reason: string; requestedAt: Date; dueAt: Date },
  now: Date,
): Promise<OrganisationErasureOutcome> {
  const [organisation] = await tx
    .select({ cancelledAt: organisations.cancelledAt })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  if (organisation && !organisation.cancelledAt) return { outcome: 'restored' };
  // A hold keeps a person's or an incident's record for a legal claim or obligation; ending the
  // contract does not end that duty, so the whole organisation waits until the holds are lifted.
  const [held] = await tx
    .select({ holds: sql<number>`count(*)::int` })
    .from(legalHolds)
    .where(
      and(
        eq(legalHolds.organisationId, organisationId),
        isNull(legalHolds.liftedAt),
        gt(legalHolds.until, now),
      ),
    );
  if ((held?.holds ?? 0) > 0) return { outcome: 'held', holds: Number(held?.holds) };
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.organisationId, organisationId));
  await tx.execute(sql`select set_config('baken.erasing_organisation', ${organisationId}, true)`);
  await tx.execute(sql`delete from audit_log where organisation_id = ${organisationId}`);
  await tx.execute(sql`delete from events where organisation_id = ${organisationId}`);
  await tx.delete(organisations).where(eq(organisations.id, organisationId));
  await tx.execute(sql`select set_config('baken.erasing_organisation', '', true)`);
  const proof = await proveGone(tx, organisationId, people);
  await recordAudit(tx, {
    organisationId: null,
    actorUserId: null,
    action: 'organisation.erased',
    targetType: 'organisation',
    targetId: organisationId,
    details: {
      reason: schedule.reason,
      requestedAt: schedule.requestedAt.toISOString(),
      dueAt: schedule.dueAt.toISOString(),
      erasedAt: now.toISOString(),
      ...proof,
    },
  });
  return { outcome: 'erased', proof };
}

async function proveGone(
  tx: Transaction,
  organisationId: string,
  people: readonly { id: string; email: string }[],
): Promise<OrganisationErasureProof> {
  const columns = (
    (await tx.execute(
      sql`select c.table_schema as "schema", c.table_name as "table", c.column_name as "column", c.data_type as "type"
          from information_schema.columns c
          join information_schema.tables t
            on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
          where c.table_schema not in ('pg_catalog', 'information_schema')
            and c.table_schema not like 'pg\\_%'
            and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'uuid', 'ARRAY')
          order by 1, 2, 3`,
    )) as unknown as Raw
  ).rows as { schema: string; table: string; column: string; type: string }[];
  const left: string[] = [];
  const kept: Record<string, number> = {};
  const withOrganisation = columns.filter((entry) => entry.column === 'organisation_id');
  for (const { schema, table } of withOrganisation) {
    const found = (await tx.execute(
      sql`select count(*)::int as "rows" from ${sql.identifier(schema)}.${sql.identifier(table)}
          where organisation_id::text = ${organisationId}`,
    )) as unknown as Raw;
    if (Number(found.rows[0]?.rows ?? 0) > 0) left.push(`${schema}.${table}`);
  }
  // Ids and addresses are unique on the platform: found anywhere, they are this organisation's.
  const identifiers = people.flatMap((person) => [person.id, person.email.toLowerCase()]);
  if (identifiers.length > 0) {
    // Whole values only: jan@acme.nl must not match marjan@acme.nl of another organisation.
    const edge = '[^a-z0-9._%+@-]';
    const pattern = `(^|${edge})(${identifiers.map(regexEscape).join('|')})($|${edge})`;
    for (const { schema, table, column } of columns) {
      const found = (await tx.execute(
        sql`select count(*)::int as "rows" from ${sql.identifier(schema)}.${sql.identifier(table)}
            where lower(${sql.identifier(column)}::text) ~ ${pattern}`,
      )) as unknown as Raw;
      const rows = Number(found.rows[0]?.rows ?? 0);
      if (rows === 0) continue;
      if (schema === 'public' && keptByException(table, column)) kept[`${table}.${column}`] = rows;
      else left.push(`${schema}.${table}.${column}`);
    }
  }
  if (left.length > 0)
    throw new OrganisationErasureIncomplete(`organisation erasure left data in: ${left.join(', ')}`);
  return {
    tablesChecked: withOrganisation.length,
    columnsScanned: columns.length,
    people: people.length,
    kept,
  };
}

/** Platform records the data map keeps past an erasure on a stated ground (requests, proofs). */
function keptByException(table: string, column: string): boolean {
  const entry = DATA_MAP.find((candidate) => candidate.table === table && candidate.column === column);
  return entry?.erasure.kind === 'keep';
}
