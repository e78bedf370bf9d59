import type { Language } from '../../../i18n/language.js';

/** A moment as people read it in the Netherlands, with the time: a 72-hour deadline is about hours. */
export function mailDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
