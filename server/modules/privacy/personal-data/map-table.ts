import { type Column, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { LegalBasis } from '../legal-bases.js';
import { PURPOSES, type PurposeId } from '../purposes.js';
import type { ExportHeading, PersonalDataCategory } from './categories.js';
import type { ErasureStrategy, ExportRule, RetentionRule, SubjectLink } from './rules.js';

/** A column of a Drizzle table by its property name, so a misspelt column does not compile. */
export type ColumnKey<T extends Table> = Extract<keyof T['_']['columns'], string>;

/** What one column says beyond its table's defaults. */
export interface ColumnSpec<K extends string> {
  category: PersonalDataCategory;
  /** What the value is, as the access report and the privacy statement name it. */
  description: BilingualText;
  erasure: ErasureStrategy<K>;
  purpose?: PurposeId;
  /** Defaults to the purpose's usual ground; must be one of the purpose's grounds. */
  legalBasis?: LegalBasis;
  retention?: RetentionRule<K>;
  subject?: SubjectLink<K>;
  export?: ExportRule;
  /** Free text or a file in which people may be named: reports and erasure search it. */
  mayNamePeople?: true;
}

/** Defaults for every mapped column of one table, and the columns themselves. */
export interface TableSpec<K extends string> {
  purpose: PurposeId;
  retention: RetentionRule<K>;
  subject: SubjectLink<K>;
  heading: ExportHeading;
  /** Whether the person provided these values (data portability, art. 20); per column otherwise. */
  portable?: boolean;
  columns: { [P in K]?: ColumnSpec<K> };
}

/** One personal-data column of the database, with SQL table and column names. */
export interface DataMapEntry {
  table: string;
  column: string;
  category: PersonalDataCategory;
  description: BilingualText;
  purpose: PurposeId;
  legalBasis: LegalBasis;
  retention: RetentionRule;
  erasure: ErasureStrategy;
  export: ExportRule;
  subject: SubjectLink;
  mayNamePeople: boolean;
}

type SqlName = (key: string) => string;

function retentionIn(rule: RetentionRule<string>, sql: SqlName): RetentionRule {
  switch (rule.kind) {
    case 'with-incident':
      return rule.withoutIncident
        ? { ...rule, withoutIncident: { ...rule.withoutIncident, from: sql(rule.withoutIncident.from) } }
        : rule;
    case 'with-parent':
      return { ...rule, via: sql(rule.via) };
    case 'days':
      return { ...rule, from: sql(rule.from) };
    case 'until-verified':
      return { ...rule, deadline: sql(rule.deadline) };
    case 'until-satisfied':
      return { ...rule, purgeAfter: sql(rule.purgeAfter) };
    default:
      return rule;
  }
}

function erasureIn(strategy: ErasureStrategy<string>, sql: SqlName): ErasureStrategy {
  return strategy.kind === 'unlinked' ? { ...strategy, by: sql(strategy.by) } : strategy;
}

function subjectIn(link: SubjectLink<string>, sql: SqlName): SubjectLink {
  return 'column' in link ? { ...link, column: sql(link.column) } : link;
}

/**
 * The data-map entries of one table. Column names in the spec are Drizzle property names; the
 * entries carry the SQL names, which is what the schema test and raw queries compare against.
 */
export function mapTable<T extends Table>(table: T, spec: TableSpec<ColumnKey<T>>): DataMapEntry[] {
  const columns: Record<string, Column> = getTableColumns(table);
  const sql: SqlName = (key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return column.name;
  };
  const entries: DataMapEntry[] = [];
  for (const [key, column] of Object.entries(spec.columns) as [string, ColumnSpec<string> | undefined][]) {
    if (!column) continue;
    const purpose = column.purpose ?? spec.purpose;
    entries.push({
      table: getTableName(table),
      column: sql(key),
      category: column.category,
      description: column.description,
      purpose,
      legalBasis: column.legalBasis ?? PURPOSES[purpose].legalBases[0],
      retention: retentionIn(column.retention ?? spec.retention, sql),
      erasure: erasureIn(column.erasure, sql),
      export: column.export ?? { kind: 'value', heading: spec.heading, portable: spec.portable ?? false },
      subject: subjectIn(column.subject ?? spec.subject, sql),
      mayNamePeople: column.mayNamePeople ?? false,
    });
  }
  return entries;
}
