import { and, desc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { auditLog } from '../../../db/schema/audit-log.js';
import { disclosures } from '../../../db/schema/disclosures.js';
import { organisations } from '../../../db/schema/organisations.js';
import { sessions } from '../../../db/schema/sessions.js';
import { userTokens } from '../../../db/schema/user-tokens.js';
import { users } from '../../../db/schema/users.js';
import { inTenant } from '../../../db/tenant-transaction.js';
import { notFound } from '../../domain-error.js';
import { DATA_MAP } from '../data-map.js';
import { LEGAL_BASES } from '../legal-bases.js';
import { EXPORT_HEADINGS, type ExportHeading } from '../personal-data/categories.js';
import type { DataMapEntry } from '../personal-data/map-table.js';
import type { ProcessorEntry } from '../processor-entries.js';
import { PURPOSES } from '../purposes.js';
import type {
  AccessReport,
  AccessReportField,
  AccessReportRow,
  AccessReportSection,
  AccessReportTable,
} from './access-report.js';
import { columnsOf, type PersonKeys, readPersonRows, subjectCondition } from './person-rows.js';
import { LINK_COLUMNS, redactLinks } from './redact-links.js';
import { recipientsFor, recipientsOfField, recordedRecipients } from './report-recipients.js';
import {
  COMPLAINT_TEXT,
  foundByText,
  RIGHTS_TEXT,
  retentionText,
  SOURCE_TEXTS,
  sourceOf,
} from './report-texts.js';

export interface AccessReportOptions {
  processors: readonly ProcessorEntry[];
  graceDays: number;
  /** Rows per table and way of finding them; more are counted, not read. */
  rowLimit: number;
  /** Attachments as base64 (downloads) or as their size only (the page). */
  includeFiles: boolean;
  now: Date;
}

/** Columns of a found row that are never shown as its details: secrets and the tenant key. */
const HIDDEN_DETAIL = /(_hash|secret)$|^organisation_id$/;

const subjectKey = (entry: DataMapEntry) => JSON.stringify(entry.subject);

function fieldOf(
  entry: DataMapEntry,
  graceDays: number,
  processors: readonly ProcessorEntry[],
): AccessReportField {
  const purpose = PURPOSES[entry.purpose];
  const basis = LEGAL_BASES[entry.legalBasis];
  const source = sourceOf(entry);
  return {
    column: entry.column,
    description: entry.description,
    category: entry.category,
    export: entry.export.kind,
    ...(entry.export.kind === 'described' ? { shownAs: entry.export.shownAs } : {}),
    portable: entry.export.kind === 'value' && entry.export.portable,
    purpose: { id: entry.purpose, name: purpose.name, description: purpose.description },
    legalBasis: { id: entry.legalBasis, article: basis.article, name: { nl: basis.nl, en: basis.en } },
    retention: retentionText(entry.retention, graceDays),
    source: { kind: source, text: SOURCE_TEXTS[source] },
    recipients: recipientsOfField(entry, processors),
  };
}

/** The person's identifiers: their account, addresses (also unconfirmed ones) and sign-in addresses. */
export async function personKeys(
  tx: Transaction,
  organisationId: string,
  userId: string,
): Promise<PersonKeys> {
  const [user] = await tx
    .select({ email: users.email, name: users.name, phone: users.phone })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)));
  if (!user) throw notFound();
  const pending = await tx
    .selectDistinct({ email: userTokens.newEmail })
    .from(userTokens)
    // Only while the change can still be confirmed: an address once asked for is not theirs for good.
    .where(
      and(
        eq(userTokens.userId, userId),
        isNotNull(userTokens.newEmail),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
      ),
    )
    .limit(20);
  const sessionIps = await tx
    .selectDistinct({ ip: sessions.ipAddress })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNotNull(sessions.ipAddress)))
    .limit(50);
  const auditIps = await tx
    .selectDistinct({ ip: auditLog.ipAddress, at: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, userId), isNotNull(auditLog.ipAddress)))
    .orderBy(desc(auditLog.createdAt))
    .limit(200);
  const ips = [
    ...new Set([...sessionIps, ...auditIps].map((row) => row.ip).filter((ip): ip is string => !!ip)),
  ];
  return {
    organisationId,
    userId,
    emails: [user.email, ...pending.map((row) => row.email).filter((email): email is string => !!email)],
    name: user.name,
    phone: user.phone,
    ipAddresses: ips.slice(0, 50),
  };
}

interface Group {
  heading: ExportHeading;
  table: string;
  entries: DataMapEntry[];
  /** Whether the row's details (ids, times, statuses) go with this group, once per table and subject. */
  carriesDetails: boolean;
}

/** The data map as the report walks it: per heading, per table and per way of finding the person. */
function groupsOfDataMap(): Group[] {
  const bySubject = new Map<string, DataMapEntry[]>();
  for (const entry of DATA_MAP) {
    const key = `${entry.table}|${subjectKey(entry)}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), entry]);
  }
  const groups: Group[] = [];
  for (const entries of bySubject.values()) {
    const byHeading = new Map<ExportHeading, DataMapEntry[]>();
    for (const entry of entries) {
      const heading = entry.export.heading;
      byHeading.set(heading, [...(byHeading.get(heading) ?? []), entry]);
    }
    const main = [...byHeading.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
    for (const [heading, headingEntries] of byHeading)
      groups.push({
        heading,
        table: headingEntries[0]?.table ?? '',
        entries: headingEntries,
        carriesDetails: heading === main,
      });
  }
  return groups;
}

const GROUPS = groupsOfDataMap();
const MAPPED = new Set(DATA_MAP.map((entry) => `${entry.table}.${entry.column}`));

function detailColumnsOf(table: string): string[] {
  return columnsOf(table)
    .map((column) => column.name)
    .filter((name) => !MAPPED.has(`${table}.${name}`) && !HIDDEN_DETAIL.test(name));
}

// Platform tables the tenant role may not read; the person's rows are found by their account or
// their hashes only, after the tenant transaction (on PGlite it holds the only connection).
const PLATFORM_TABLES = new Set([
  'login_throttles',
  'operator_staff',
  'consent_records',
  'site_chat_conversations',
  'site_chat_messages',
  // The operator's breach register: tenants read only breaches that concern their organisation.
  'data_breaches',
]);

type FoundTable = AccessReportTable & { heading: ExportHeading };

/** A list of people (a roster, an alert's addressees) shows only the person, never the others (art. 15(4)). */
function onlyThePerson(rows: AccessReportRow[], link: { column: string; key?: string }, userId: string) {
  for (const row of rows) {
    const value = row.values[link.column];
    const list = link.key ? (value as Record<string, unknown> | null)?.[link.key] : value;
    const mine = Array.isArray(list) ? list.filter((id) => id === userId) : [];
    row.values[link.column] = link.key ? { [link.key]: mine } : mine;
  }
}

async function readGroups(
  db: Database | Transaction,
  groups: readonly Group[],
  person: PersonKeys,
  options: AccessReportOptions,
): Promise<FoundTable[]> {
  const found: FoundTable[] = [];
  for (const group of groups) {
    const first = group.entries[0];
    if (!first) continue;
    // A search-value group reads every searched column of its table, so a hit shows where it is.
    const searched = DATA_MAP.filter(
      (entry) => entry.table === group.table && subjectKey(entry) === subjectKey(first),
    ).map((entry) => entry.column);
    const rows = await readPersonRows(db, {
      table: group.table,
      valueColumns: group.entries
        .filter((entry) => entry.export.kind === 'value')
        .map((entry) => entry.column),
      detailColumns: group.carriesDetails ? detailColumnsOf(group.table) : [],
      condition: subjectCondition(first.subject, searched, person),
      organisationId: person.organisationId,
      limit: options.rowLimit,
      includeFiles: options.includeFiles,
    });
    if (rows.rowCount === 0) continue;
    if (first.subject.kind === 'user-id-list') onlyThePerson(rows.rows, first.subject, person.userId);
    for (const column of LINK_COLUMNS[group.table] ?? [])
      for (const row of rows.rows) {
        const value = row.values[column];
        if (typeof value === 'string') row.values[column] = redactLinks(value);
      }
    found.push({
      heading: group.heading,
      table: group.table,
      foundBy: foundByText(first.subject),
      fields: group.entries.map((entry) => fieldOf(entry, options.graceDays, options.processors)),
      ...rows,
    });
  }
  return found;
}

/**
 * Reads every personal datum the database holds about one person, walking the data map (P17,
 * GDPR art. 15). Organisation data is read in one tenant transaction under row-level security;
 * each table with one bounded, parameterised query per way of finding the person, so nothing else
 * of the database is loaded.
 */
// @promise P5, P17 right of access: every personal datum from the data map, with purpose, basis, retention, source and recipients
export async function collectAccessReport(
  db: Database,
  subject: { organisationId: string; userId: string },
  options: AccessReportOptions,
): Promise<AccessReport> {
  const inOrganisation = await inTenant(db, subject.organisationId, async (tx) => {
    const person = await personKeys(tx, subject.organisationId, subject.userId);
    const [organisation] = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, subject.organisationId));
    const tenantGroups = GROUPS.filter((group) => !PLATFORM_TABLES.has(group.table));
    // Actual disclosures about the person (P11) are recipients too, each with what, why and when.
    const disclosed = await tx
      .select()
      .from(disclosures)
      .where(eq(disclosures.subjectUserId, subject.userId))
      .orderBy(desc(disclosures.disclosedAt))
      .limit(options.rowLimit);
    return { person, organisation, disclosed, found: await readGroups(tx, tenantGroups, person, options) };
  });
  const { person, organisation, disclosed } = inOrganisation;
  const platformGroups = GROUPS.filter((group) => PLATFORM_TABLES.has(group.table));
  const found = [...inOrganisation.found, ...(await readGroups(db, platformGroups, person, options))];
  const sections: AccessReportSection[] = (Object.keys(EXPORT_HEADINGS) as ExportHeading[])
    .map((heading) => ({
      heading,
      title: EXPORT_HEADINGS[heading],
      tables: found.filter((table) => table.heading === heading).map(({ heading: _, ...table }) => table),
    }))
    .filter((section) => section.tables.length > 0);
  return {
    format: 'baken-access-report',
    version: 1,
    generatedAt: options.now.toISOString(),
    subject: {
      userId: person.userId,
      name: person.name,
      email: person.emails[0] ?? '',
      organisation: { id: subject.organisationId, name: organisation?.name ?? '' },
    },
    sections,
    recipients: [...recipientsFor(options.processors), ...recordedRecipients(disclosed)],
    rights: RIGHTS_TEXT,
    complaint: COMPLAINT_TEXT,
  };
}
