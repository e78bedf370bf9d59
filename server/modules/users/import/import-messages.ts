import type { Language } from '../../../i18n/language.js';
import type { FileProblem, RowProblem } from './validate-import.js';

type Texts = Record<Language, (detail?: string) => string>;

/** Plain-language explanations per problem, so an admin knows what to fix in the spreadsheet. */
export const ROW_PROBLEM_TEXTS: Record<RowProblem, Texts> = {
  name_missing: { nl: () => 'De naam ontbreekt.', en: () => 'The name is missing.' },
  email_invalid: {
    nl: (detail) => `"${detail}" is geen geldig e-mailadres.`,
    en: (detail) => `"${detail}" is not a valid e-mail address.`,
  },
  email_duplicate_in_file: {
    nl: (detail) => `${detail} staat al eerder in dit bestand.`,
    en: (detail) => `${detail} appears earlier in this file.`,
  },
  email_taken: {
    nl: (detail) => `${detail} heeft al een account bij Baken.`,
    en: (detail) => `${detail} already has a Baken account.`,
  },
  phone_invalid: {
    nl: (detail) =>
      `"${detail}" is geen geldig telefoonnummer (gebruik cijfers, spaties en eventueel een + vooraan).`,
    en: (detail) => `"${detail}" is not a valid phone number (use digits, spaces and an optional leading +).`,
  },
  team_unknown: {
    nl: (detail) => `Het team "${detail}" bestaat niet in uw organisatie.`,
    en: (detail) => `The team "${detail}" does not exist in your organisation.`,
  },
};

export const FILE_PROBLEM_TEXTS: Record<FileProblem, Record<Language, string>> = {
  file_empty: { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  columns_missing: {
    nl: 'De eerste regel moet de kolomnamen bevatten, met in elk geval "naam" en "e-mail".',
    en: 'The first line must hold the column names, including at least "name" and "email".',
  },
  too_many_rows: {
    nl: 'Het bestand heeft meer dan 5.000 regels. Splits het in kleinere bestanden.',
    en: 'The file has more than 5,000 rows. Please split it into smaller files.',
  },
};
