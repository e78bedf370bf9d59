// The report uses the PDF's built-in Helvetica, whose WinAnsi encoding covers Dutch and most West
// European text (ë, é, ï, €, curly quotes). pdfkit writes any other character as garbage, so text
// is brought into that set first: known look-alikes are replaced, accents that WinAnsi lacks are
// dropped (ő → o), and what remains (emoji, other scripts) becomes '?'.

/** Characters above U+00FF that WinAnsi has (Windows-1252's 0x80–0x9F range). */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const LOOK_ALIKES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
};

const PLAIN = /^[\n\x20-\x7e\u00a0-\u00ff]*$/;

/** The text as Helvetica can show it; line breaks are kept, other control characters dropped. */
export function toWinAnsi(text: string): string {
  if (PLAIN.test(text)) return text;
  let result = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a) result += '\n';
    else if (code === 0x09) result += ' ';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (code <= 0xff || WIN_ANSI_EXTRA.has(code)) result += char;
    else result += LOOK_ALIKES[char] ?? withoutAccent(char);
  }
  return result;
}

function withoutAccent(char: string) {
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base.length === 1 && (base.codePointAt(0) ?? 0x100) <= 0xff ? base : '?';
}
