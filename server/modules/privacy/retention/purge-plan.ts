import { DATA_MAP } from '../data-map.js';
import type { RetentionRule } from '../personal-data/rules.js';

/** One statement of the retention job: the rows of one table whose time is up. */
export interface PurgeStep {
  table: string;
  rule: RetentionRule;
  /** A `where` over the table (alias-free), with $1 = now. */
  expired: string;
}

/** A table the job does not purge by itself, with the reason the report gives. */
export interface KeptTable {
  table: string;
  rule: RetentionRule;
  reason: 'append-only' | 'erasure-schedule' | 'organisation' | 'incident-record' | 'parent';
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

// The audit log refuses DELETE for everyone (a trigger keeps it append-only); purging its
// expired entries needs a role that may, which a migration has to create.
const APPEND_ONLY = new Set(['audit_log']);

function stepFor(table: string, rule: RetentionRule): PurgeStep | KeptTable {
  switch (rule.kind) {
    case 'days': {
      if (APPEND_ONLY.has(table)) return { table, rule, reason: 'append-only' };
      const condition = `${quoted(rule.from)} < $1::timestamptz - ${rule.days} * ${DAY}`;
      const extra = EXTRA_CONDITION[table];
      return { table, rule, expired: extra ? `${condition} and ${extra}` : condition };
    }
    case 'until-verified':
      // Used, or past its deadline: either way it can no longer be used.
      return { table, rule, expired: `(used_at is not null or ${quoted(rule.deadline)} < $1::timestamptz)` };
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
  for (const entry of DATA_MAP) {
    const known = rules.get(entry.table);
    if (known && JSON.stringify(known) !== JSON.stringify(entry.retention))
      throw new Error(`data map: ${entry.table} has columns with different retention rules`);
    rules.set(entry.table, entry.retention);
  }
  const steps: PurgeStep[] = [];
  const kept: KeptTable[] = [];
  for (const [table, rule] of rules) {
    const step = stepFor(table, rule);
    if ('expired' in step) steps.push(step);
    else kept.push(step);
  }
  return { steps, kept };
}
