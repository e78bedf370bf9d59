import { csvDocument } from '../../report/csv-document.js';
import type { AccessReport } from './access-report.js';
import type { ZipEntry } from './zip-writer.js';

// The portability download (GDPR art. 20): only what the person provided (the map's `portable`
// values), per heading one JSON and one CSV file, and a README that documents both formats.

interface PortableTable {
  table: string;
  fields: { column: string; description: { nl: string; en: string } }[];
  rows: Record<string, unknown>[];
}

const cellText = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

function readme(report: AccessReport, files: string[]): string {
  return [
    'Baken — uw gegevens om mee te nemen / your data to take elsewhere',
    `Gemaakt / created: ${report.generatedAt}`,
    `Voor / for: ${report.subject.name} <${report.subject.email}>`,
    '',
    'NEDERLANDS',
    'Dit archief bevat de gegevens die u zelf aan Baken verstrekte (AVG artikel 20), per onderwerp in twee vormen:',
    '- <onderwerp>.json: UTF-8 JSON. {"format":"baken-portable-data","version":1,"heading":…,"title":{"nl","en"},',
    '  "tables":[{"table":…,"fields":[{"column","description"}],"rows":[{kolom: waarde}]}]}.',
    '  Tijden zijn ISO 8601 in UTC; lijsten en instellingen zijn JSON.',
    '- <onderwerp>.csv: UTF-8 met byte-order mark, puntkomma als scheidingsteken, CRLF-regeleinden, één regel per',
    '  waarde, kolommen: table;row;field;description;value (row telt per tabel vanaf 1). Een cel die met = + - @',
    '  begint, krijgt een apostrof vooraan zodat een spreadsheet hem niet als formule uitvoert.',
    'Alle andere gegevens die Baken over u bewaart, met doel, grondslag en bewaartermijn, staan in het inzageoverzicht',
    '(Mijn gegevens in Baken, of GET /api/me/export).',
    '',
    'ENGLISH',
    'This archive holds the data you provided to Baken yourself (GDPR article 20), per heading in two forms:',
    '- <heading>.json: UTF-8 JSON, shaped as described above; times are ISO 8601 in UTC.',
    '- <heading>.csv: UTF-8 with a byte-order mark, semicolon-separated, CRLF line ends, one line per value,',
    '  columns table;row;field;description;value (row counts per table from 1). A cell starting with = + - @',
    '  gets a leading apostrophe so that a spreadsheet does not run it as a formula.',
    'Everything else Baken keeps about you, with purpose, legal basis and retention, is in the access report',
    '(My data in Baken, or GET /api/me/export).',
    '',
    `Bestanden / files: ${files.join(', ')}`,
    '',
  ].join('\r\n');
}

/** The files of the portability ZIP, built from the access report. */
// @promise P17 right to data portability: what the person provided, as JSON and CSV
export function portabilityEntries(report: AccessReport): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (const section of report.sections) {
    const tables: PortableTable[] = section.tables.flatMap((table) => {
      const fields = table.fields.filter((field) => field.portable);
      if (fields.length === 0) return [];
      return [
        {
          table: table.table,
          fields: fields.map((field) => ({ column: field.column, description: field.description })),
          rows: table.rows.map((row) =>
            Object.fromEntries(fields.map((field) => [field.column, row.values[field.column] ?? null])),
          ),
        },
      ];
    });
    if (tables.length === 0) continue;
    const json = {
      format: 'baken-portable-data',
      version: 1,
      heading: section.heading,
      title: section.title,
      tables,
    };
    const lines = tables.flatMap((table) =>
      table.rows.flatMap((row, index) =>
        table.fields.map((field) => [
          table.table,
          String(index + 1),
          field.column,
          field.description.en,
          cellText(row[field.column]),
        ]),
      ),
    );
    entries.push(
      { name: `${section.heading}.json`, content: `${JSON.stringify(json, null, 2)}\n` },
      {
        name: `${section.heading}.csv`,
        content: csvDocument(['table', 'row', 'field', 'description', 'value'], lines),
      },
    );
  }
  return [
    {
      name: 'README.txt',
      content: readme(
        report,
        entries.map((entry) => entry.name),
      ),
    },
    ...entries,
  ];
}
