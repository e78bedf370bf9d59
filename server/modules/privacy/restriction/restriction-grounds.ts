import type { BilingualText } from '../../../../common/privacy/browser-storage.js';

/** The four grounds on which a person may have processing restricted (GDPR art. 18(1)(a)–(d)). */
export const RESTRICTION_GROUNDS = [
  'accuracy-contested',
  'unlawful-but-kept',
  'legal-claim',
  'objection-pending',
] as const;

export type RestrictionGround = (typeof RESTRICTION_GROUNDS)[number];

export const RESTRICTION_GROUND_TEXTS: Record<RestrictionGround, { article: string } & BilingualText> = {
  'accuracy-contested': {
    article: 'AVG/GDPR art. 18(1)(a)',
    nl: 'De juistheid van de gegevens wordt betwist (zolang die wordt gecontroleerd)',
    en: 'The accuracy of the data is contested (while it is checked)',
  },
  'unlawful-but-kept': {
    article: 'AVG/GDPR art. 18(1)(b)',
    nl: 'De verwerking is onrechtmatig, maar de persoon wil geen wissing',
    en: 'The processing is unlawful, but the person does not want erasure',
  },
  'legal-claim': {
    article: 'AVG/GDPR art. 18(1)(c)',
    nl: 'De persoon heeft de gegevens nodig voor een rechtsvordering',
    en: 'The person needs the data for a legal claim',
  },
  'objection-pending': {
    article: 'AVG/GDPR art. 18(1)(d)',
    nl: 'Bezwaar tegen de verwerking wordt beoordeeld',
    en: 'An objection to the processing is being assessed',
  },
};
