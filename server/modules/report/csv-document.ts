/**
 * CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte-order mark (or accents
 * break), `;` between cells (Excel with Dutch regional settings expects it, as `,` is the decimal
 * comma) and CRLF line ends.
 */
export const CSV_SEPARATOR = ';';
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One cell. A cell that starts like a formula (= + - @, or a tab or carriage return that Excel
 * skips before one) gets a leading apostrophe, so a message cannot run as a formula in
 * whoever opens the export; cells with a separator, quote or line break are quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: header row, then one row per record. */
export function csvDocument(header: string[], rows: string[][]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(CSV_SEPARATOR));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

// Formatters are expensive to build and an export formats thousands of times.
const sortableFormatters = new Map<string, Intl.DateTimeFormat>();

/** `2025-03-14 04:07:09` in the given time zone: sorts as text and reads as a date in any spreadsheet. */
export function spreadsheetTime(moment: Date, timeZone: string): string {
  let formatter = sortableFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    sortableFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
