import type { Database } from '../../../db/database.js';
import type { GeneratedInput } from './generated-sections.js';
import { readStatement } from './read-statement.js';
import { statementLines } from './statement-lines.js';
import type { StatementLanguage } from './statement-types.js';
import { type DiffLine, diffLines } from './text-diff.js';

export interface StatementDiff {
  from: { version: number; publishedAt: Date };
  to: { version: number; publishedAt: Date };
  language: StatementLanguage;
  lines: DiffLine[];
}

/** What changed between two versions, line by line and word by word, in one language. */
export async function compareVersions(
  db: Database,
  input: Omit<GeneratedInput, 'controller'>,
  lang: StatementLanguage,
  from: number,
  to: number,
): Promise<StatementDiff> {
  const older = await readStatement(db, input, lang, from);
  const newer = await readStatement(db, input, lang, to);
  return {
    from: { version: older.version, publishedAt: older.publishedAt },
    to: { version: newer.version, publishedAt: newer.publishedAt },
    language: lang,
    lines: diffLines(statementLines(older.sections), statementLines(newer.sections)),
  };
}
