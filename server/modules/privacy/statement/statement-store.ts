import { desc, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../../db/database.js';
import { privacyStatementVersions } from '../../../db/schema/privacy-statement.js';
import { DEFAULT_FREE_TEXT } from './default-text.js';
import { type GeneratedInput, generatedSections } from './generated-sections.js';
import type { FreeText, StatementSection } from './statement-types.js';

export type VersionRow = typeof privacyStatementVersions.$inferSelect;

/**
 * The generated sections as they read at publication, kept with the version. The controller's
 * contact details are left out: they are settings, always shown as they are now.
 */
export interface GeneratedSnapshot {
  nl: StatementSection[];
  en: StatementSection[];
}

export function snapshotOf(input: GeneratedInput): GeneratedSnapshot {
  const without = (sections: StatementSection[]) => sections.filter((section) => section.id !== 'controller');
  return { nl: without(generatedSections('nl', input)), en: without(generatedSections('en', input)) };
}

export function versionValues(
  version: number,
  text: FreeText,
  input: GeneratedInput,
  publishedBy: string | null,
) {
  return {
    version,
    introductionNl: text.introduction.nl,
    introductionEn: text.introduction.en,
    closingNl: text.closing.nl,
    closingEn: text.closing.en,
    changeSummaryNl: text.changeSummary.nl,
    changeSummaryEn: text.changeSummary.en,
    generatedSections: snapshotOf(input),
    publishedBy,
  };
}

/**
 * Every version, newest first. On a new installation the first call publishes version 1 with
 * Baken's default text; two instances doing so at once both end up reading the same row.
 */
export async function listVersions(db: Database | Transaction, input: GeneratedInput): Promise<VersionRow[]> {
  const rows = await db
    .select()
    .from(privacyStatementVersions)
    .orderBy(desc(privacyStatementVersions.version));
  if (rows.length > 0) return rows;
  await db
    .insert(privacyStatementVersions)
    .values(versionValues(1, DEFAULT_FREE_TEXT, input, null))
    .onConflictDoNothing({ target: privacyStatementVersions.version });
  return db.select().from(privacyStatementVersions).orderBy(desc(privacyStatementVersions.version));
}

export async function findVersion(
  db: Database | Transaction,
  version: number,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(privacyStatementVersions)
    .where(eq(privacyStatementVersions.version, version));
  return row;
}
