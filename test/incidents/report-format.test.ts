import { describe, expect, it } from 'vitest';
import { csvCell } from '../../server/modules/report/csv-document.js';
import { toWinAnsi } from '../../server/modules/report/pdf-text.js';
import { exportFileName, formatSortableTime } from '../../server/modules/report/report-format.js';

describe('incident exports: formatting', () => {
  it('neutralises cells a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+31 6 1234 5678')).toBe("'+31 6 1234 5678");
    expect(csvCell('-2 graden')).toBe("'-2 graden");
    expect(csvCell('@pers')).toBe("'@pers");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('=HYPERLINK("x";"y")')).toBe('"\'=HYPERLINK(""x"";""y"")"');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('Geëvacueerd naar café')).toBe('Geëvacueerd naar café');
  });

  it('keeps Dutch text for the PDF font and replaces what it cannot show', () => {
    expect(toWinAnsi('Geëvacueerd naar café “De Brug” – € 5')).toBe('Geëvacueerd naar café “De Brug” – € 5');
    expect(toWinAnsi('Łódź → Győr')).toBe('Lódz -> Gyor');
    expect(toWinAnsi('Brand 🔥 in Москва')).toBe('Brand ? in ??????');
    expect(toWinAnsi('regel 1\r\nregel\t2\u0007')).toBe('regel 1\nregel 2');
  });

  it('names files after the incident, in plain letters', () => {
    expect(exportFileName({ number: 12, title: 'Brand in gebouw' }, 'pdf')).toBe(
      'incident-12-brand-in-gebouw.pdf',
    );
    expect(exportFileName({ number: 3, title: 'Stroomstoring Zuid-Oost: één wijk!' }, 'csv')).toBe(
      'incident-3-stroomstoring-zuid-oost-een-wijk.csv',
    );
    expect(exportFileName({ number: 4, title: '🔥' }, 'json')).toBe('incident-4.json');
  });

  it('writes CSV times in Dutch local time, summer and winter', () => {
    expect(formatSortableTime('2026-01-15T11:00:00.000Z')).toBe('2026-01-15 12:00:00');
    expect(formatSortableTime('2026-07-15T11:00:00.000Z')).toBe('2026-07-15 13:00:00');
  });
});
