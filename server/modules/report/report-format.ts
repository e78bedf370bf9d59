import type { Language } from '../../i18n/language.js';
import { spreadsheetTime } from './csv-document.js';

/** Times in the report are Dutch local time, whatever the server's own zone. */
export const REPORT_TIME_ZONE = 'Europe/Amsterdam';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const FORMATS = {
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Formatters are expensive to build and a report formats thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, format: keyof typeof FORMATS) {
  const key = `${language}|${format}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { timeZone: REPORT_TIME_ZONE, ...FORMATS[format] });
    formatters.set(key, found);
  }
  return found;
}

/** "5 mei 2026 om 14:03" / "5 May 2026 at 14:03". */
export const formatDateTime = (iso: string, language: Language) =>
  formatter(language, 'dateTime').format(new Date(iso));

/** "dinsdag 5 mei 2026": the day heading in the logbook. */
export const formatDay = (iso: string, language: Language) =>
  formatter(language, 'day').format(new Date(iso));

/** "14:03". */
export const formatTime = (iso: string, language: Language) =>
  formatter(language, 'time').format(new Date(iso));

/** "2026-05-05 14:03:22" in Dutch local time: sorts as text and reads in any spreadsheet. */
export const formatSortableTime = (iso: string) => spreadsheetTime(new Date(iso), REPORT_TIME_ZONE);

/** `incident-12-brand-in-gebouw.pdf`: readable, ASCII only, safe in any file system and header. */
export function exportFileName(incident: { number: number; title: string }, extension: string) {
  const slug = incident.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `incident-${incident.number}${slug ? `-${slug}` : ''}.${extension}`;
}
