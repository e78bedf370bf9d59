import { z } from 'zod';
import { parseCsv } from './parse-csv.js';

/** Column names people use in their spreadsheets, Dutch and English, mapped to our fields. */
const COLUMN_ALIASES: Record<string, 'name' | 'email' | 'phone' | 'teams'> = {
  naam: 'name',
  name: 'name',
  'volledige naam': 'name',
  'e-mail': 'email',
  email: 'email',
  'e-mailadres': 'email',
  emailadres: 'email',
  telefoon: 'phone',
  telefoonnummer: 'phone',
  mobiel: 'phone',
  phone: 'phone',
  teams: 'teams',
  team: 'teams',
};

export const IMPORT_ROW_LIMIT = 5000;

export type RowProblem =
  | 'name_missing'
  | 'email_invalid'
  | 'email_duplicate_in_file'
  | 'email_taken'
  | 'phone_invalid'
  | 'team_unknown';

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  phone: string | null;
  teams: string[];
  problems: { problem: RowProblem; detail?: string }[];
}

export type FileProblem = 'file_empty' | 'columns_missing' | 'too_many_rows';

const ZEmail = z.email();
const PHONE = /^\+?[0-9 ()-]{6,40}$/;

/**
 * Reads the file into rows with every problem per row, without writing anything. `existingEmails`
 * (lower case) and `teamNames` come from the organisation, so the preview says exactly what the
 * import would do.
 */
export function validateImport(
  csv: string,
  existingEmails: ReadonlySet<string>,
  teamNames: ReadonlySet<string>,
): { rows: ImportRow[]; fileProblem?: FileProblem } {
  const [header, ...records] = parseCsv(csv);
  if (!header) return { rows: [], fileProblem: 'file_empty' };
  const columns = header.map((cell) => COLUMN_ALIASES[cell.trim().toLowerCase()]);
  if (!columns.includes('name') || !columns.includes('email'))
    return { rows: [], fileProblem: 'columns_missing' };
  if (records.length > IMPORT_ROW_LIMIT) return { rows: [], fileProblem: 'too_many_rows' };
  const seen = new Set<string>();
  const rows = records.map((cells, index) => {
    const value = (field: string) => cells[columns.indexOf(field as never)]?.trim() ?? '';
    const row: ImportRow = {
      line: index + 2,
      name: value('name'),
      email: value('email'),
      phone: value('phone') || null,
      teams: value('teams')
        .split(/[|,]/)
        .map((team) => team.trim())
        .filter(Boolean),
      problems: [],
    };
    const email = row.email.toLowerCase();
    if (!row.name) row.problems.push({ problem: 'name_missing' });
    if (!ZEmail.safeParse(row.email).success)
      row.problems.push({ problem: 'email_invalid', detail: row.email });
    else if (seen.has(email)) row.problems.push({ problem: 'email_duplicate_in_file', detail: row.email });
    else if (existingEmails.has(email)) row.problems.push({ problem: 'email_taken', detail: row.email });
    seen.add(email);
    if (row.phone && !PHONE.test(row.phone))
      row.problems.push({ problem: 'phone_invalid', detail: row.phone });
    for (const team of row.teams) {
      if (!teamNames.has(team.toLowerCase())) row.problems.push({ problem: 'team_unknown', detail: team });
    }
    return row;
  });
  return { rows };
}
