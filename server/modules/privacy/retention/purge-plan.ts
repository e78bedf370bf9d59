import { DATA_MAP } from '../data-map.js';
import type { RetentionRule } from '../personal-data/rules.js';

/** One statement of the retention job: the rows of one table whose time is up. */
export interface PurgeStep {
  table: string;
  rule: RetentionRule;
  /** A `where` over the table (alias-free), with $1 = now. */
  expired: string;
  /**
   * A setting the statement's transaction must set to the rule's cutoff for an append-only table
   * to let the rows go (its trigger checks it).
   */
  door?: string;
}

/** A table the job does not purge by itself, with the reason the report gives. */
export interface KeptTable {
  table: string;
  rule: RetentionRule;
  reason: 'erasure-schedule' | 'organisation' | 'incident-record' | 'parent';
}

const DAY = `interval '1 day'`;
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

// Rows that must outlive their date for another reason than the map's rule.
const EXTRA_CONDITION: Record<string, string> = {
  // A scheduled erasure that has neither run nor been undone is a promise still to keep.
  erasure_schedule: `(executed_at is not null or undone_at is not null)`,
  // Mail still waiting to go out is the mail worker's, whatever its age.
  mail_messages: `status <> 'queued'`,
};

// The audit log refuses DELETE (a trigger keeps it append-only) except through a door the job
// opens for its own transaction (migration 0016), and then only for entries over two years old by
// the database's own clock. The same guard is in the statement, so a run told a later time than
// the database's skips young entries instead of tripping the trigger.
const DOORS: Record<string, string> = { audit_log: 'baken.audit_purge_before' };
const DOOR_GUARD: Record<string, string> = { audit_log: `"created_at" < now() - interval '730 days'` };

/**
 * Rows about a person under a legal hold in force (art. 17(3)) outlive their period: each column
 * that names the person's account must not point at someone on hold.
 */
function notHeld(table: string, personColumns: readonly string[]): string {
  // Qualified with the table's name: unqualified, user_id would be the hold's own column.
  return personColumns
    .map(
      (column) =>
        `not exists (select 1 from legal_holds hold where hold.user_id::text = ${quoted(table)}.${quoted(column)}::text and hold.lifted_at is null and hold.until > $1::timestamptz)`,
    )
    .join(' and ');
}

function stepFor(
  table: string,
  rule: RetentionRule,
  personColumns: readonly string[],
): PurgeStep | KeptTable {
  switch (rule.kind) {
    case 'days': {
      const condition = `${quoted(rule.from)} < $1::timestamptz - ${rule.days} * ${DAY}`;
      const conditions = [
        condition,
        EXTRA_CONDITION[table],
        DOOR_GUARD[table],
        personColumns.length ? notHeld(table, personColumns) : undefined,
      ];
      const door = DOORS[table];
      return { table, rule, expired: conditions.filter(Boolean).join(' and '), ...(door ? { door } : {}) };
    }
    case 'until-verified':
      // Used, or past its deadline: either way it can no longer be used.
      return { table, rule, expired: `(used_at is not null or ${quoted(rule.deadline)} < $1::timestamptz)` };
    // @promise P9 a website conversation goes at the first run after it is resolved, unanswered or too old
    case 'until-satisfied':
      return { table, rule, expired: `${quoted(rule.purgeAfter)} <= $1::timestamptz` };
    case 'with-incident':
      if (!rule.withoutIncident) return { table, rule, reason: 'incident-record' };
      return {
        table,
        rule,
        expired: `incident_id is null and ${quoted(rule.withoutIncident.from)} < $1::timestamptz - ${rule.withoutIncident.days} * ${DAY}`,
      };
    case 'while-account':
      return { table, rule, reason: 'erasure-schedule' };
    case 'while-organisation':
      return { table, rule, reason: 'organisation' };
    case 'with-parent':
      return { table, rule, reason: 'parent' };
  }
}

/**
 * What the retention job does, read from the data map: one rule per table (the map states it per
 * column, and a table whose columns disagreed would be refused here, since a row is purged whole).
 */
export function purgePlan(): { steps: PurgeStep[]; kept: KeptTable[] } {
  const rules = new Map<string, RetentionRule>();
  const personColumns = new Map<string, Set<string>>();
  for (const entry of DATA_MAP) {
    if (entry.subject.kind === 'user-reference') {
      const columns = personColumns.get(entry.table) ?? new Set<string>();
      columns.add(entry.subject.column);
      personColumns.set(entry.table, columns);
    }
    const known = rules.get(entry.table);
    if (known && JSON.stringify(known) !== JSON.stringify(entry.retention))
      throw new Error(`data map: ${entry.table} has columns with different retention rules`);
    rules.set(entry.table, entry.retention);
  }
  const steps: PurgeStep[] = [];
  const kept: KeptTable[] = [];
  for (const [table, rule] of rules) {
    const step = stepFor(table, rule, [...(personColumns.get(table) ?? [])]);
    if ('expired' in step) steps.push(step);
    else kept.push(step);
  }
  return { steps, kept };
}
