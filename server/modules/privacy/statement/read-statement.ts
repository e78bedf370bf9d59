import type { Database } from '../../../db/database.js';
import { notFound } from '../../domain-error.js';
import { readControllerDetails } from './controller-details.js';
import { parseFreeText } from './free-text.js';
import { type GeneratedInput, generatedSections } from './generated-sections.js';
import { SECTION_HEADINGS } from './statement-phrases.js';
import { type GeneratedSnapshot, listVersions, snapshotOf, type VersionRow } from './statement-store.js';
import type { FreeText, StatementLanguage, StatementSection } from './statement-types.js';

export interface StatementVersionSummary {
  version: number;
  publishedAt: Date;
  changeSummary: string;
}

export interface StatementView {
  version: number;
  currentVersion: number;
  language: StatementLanguage;
  /** "Last changed": when this version was published. */
  publishedAt: Date;
  changeSummary: string;
  sections: StatementSection[];
  /** Every version, newest first. */
  versions: StatementVersionSummary[];
  /**
   * For the current version: the registers in code read differently now than when it was
   * published (a release changed them), so the operator should publish a new version.
   */
  registersChangedSincePublication: boolean;
  /** The operator's text of this version as written, both languages: where the next version starts. */
  freeText: FreeText;
}

/** JSON with object keys sorted: jsonb does not keep the order they were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

const free = (row: VersionRow, id: 'introduction' | 'closing', lang: StatementLanguage): StatementSection => {
  const text =
    id === 'introduction'
      ? { nl: row.introductionNl, en: row.introductionEn }
      : { nl: row.closingNl, en: row.closingEn };
  return { id, kind: 'free', heading: SECTION_HEADINGS[id][lang], blocks: parseFreeText(text[lang]) };
};

export const changeSummaryOf = (row: VersionRow, lang: StatementLanguage) =>
  lang === 'nl' ? row.changeSummaryNl : row.changeSummaryEn;

/**
 * One version of the statement in one language. The current version's generated sections are
 * built from the registers now, so they always match the code; an earlier version shows them as
 * they were published. The controller's contact details are always today's.
 */
// @promise P1, P16 the published, versioned statement with its date and earlier versions
export async function readStatement(
  db: Database,
  input: Omit<GeneratedInput, 'controller'>,
  lang: StatementLanguage,
  version?: number,
): Promise<StatementView> {
  const controller = await readControllerDetails(db);
  const full: GeneratedInput = { ...input, controller };
  const rows = await listVersions(db, full);
  const current = rows[0] as VersionRow;
  const row = version === undefined ? current : rows.find((candidate) => candidate.version === version);
  if (!row) throw notFound();
  const live = generatedSections(lang, full);
  const contact = live.filter((section) => section.id === 'controller');
  const snapshot = row.generatedSections as GeneratedSnapshot;
  const generated = row === current ? live.filter((section) => section.id !== 'controller') : snapshot[lang];
  return {
    version: row.version,
    currentVersion: current.version,
    language: lang,
    publishedAt: row.publishedAt,
    changeSummary: changeSummaryOf(row, lang),
    sections: [free(row, 'introduction', lang), ...generated, free(row, 'closing', lang), ...contact],
    versions: rows.map((item) => ({
      version: item.version,
      publishedAt: item.publishedAt,
      changeSummary: changeSummaryOf(item, lang),
    })),
    registersChangedSincePublication:
      row === current && canonicalJson(snapshotOf(full)) !== canonicalJson(snapshot),
    freeText: {
      introduction: { nl: row.introductionNl, en: row.introductionEn },
      closing: { nl: row.closingNl, en: row.closingEn },
      changeSummary: { nl: row.changeSummaryNl, en: row.changeSummaryEn },
    },
  };
}
