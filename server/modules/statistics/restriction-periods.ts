import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import type { CandidateFact } from './facts-from-events.js';

interface Period {
  from: Date;
  until: Date | null;
}

type Row = Record<string, unknown>;
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/**
 * When each of these people was restricted (GDPR art. 18), read from the append-only audit log: a
 * restriction leaves no trace on the account once lifted, and an event from that time that the
 * projector reads only after the lift must still not be counted.
 */
async function restrictionPeriods(tx: Transaction, facts: readonly CandidateFact[]) {
  const people = [...new Set(facts.map((fact) => fact.userId))];
  const organisations = [...new Set(facts.map((fact) => fact.organisationId))];
  const list = (values: string[]) =>
    sql.join(
      values.map((value) => sql`${value}`),
      sql`, `,
    );
  const result = await tx.execute(sql`
    select target_id, action, created_at from audit_log
    where organisation_id in (${list(organisations)})
      and action in ('personal_data.restricted', 'personal_data.restriction_lifted')
      and target_type = 'user' and target_id in (${list(people)})
    order by created_at, id`);
  const periods = new Map<string, Period[]>();
  for (const row of (result as unknown as { rows: Row[] }).rows) {
    const userId = String(row.target_id);
    const own = periods.get(userId) ?? [];
    const last = own.at(-1);
    if (row.action === 'personal_data.restricted') own.push({ from: asDate(row.created_at), until: null });
    else if (last && last.until === null) last.until = asDate(row.created_at);
    periods.set(userId, own);
  }
  return periods;
}

/** The facts of events that did not happen while their person was restricted. */
export async function outsideRestrictions(
  tx: Transaction,
  facts: readonly CandidateFact[],
): Promise<CandidateFact[]> {
  if (facts.length === 0) return [];
  const periods = await restrictionPeriods(tx, facts);
  return facts.filter(
    (fact) =>
      !(periods.get(fact.userId) ?? []).some(
        (period) =>
          fact.occurredAt >= period.from && (period.until === null || fact.occurredAt < period.until),
      ),
  );
}
