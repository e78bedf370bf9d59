import type { BilingualText } from '../../../common/privacy/browser-storage.js';

/** The six grounds of GDPR article 6(1); every purpose and every personal-data column names one. */
export const LEGAL_BASES = {
  consent: {
    article: 'AVG/GDPR art. 6(1)(a)',
    nl: 'Toestemming',
    en: 'Consent',
  },
  contract: {
    article: 'AVG/GDPR art. 6(1)(b)',
    nl: 'Uitvoering van een overeenkomst',
    en: 'Performance of a contract',
  },
  'legal-obligation': {
    article: 'AVG/GDPR art. 6(1)(c)',
    nl: 'Wettelijke verplichting',
    en: 'Legal obligation',
  },
  'vital-interests': {
    article: 'AVG/GDPR art. 6(1)(d)',
    nl: 'Vitaal belang',
    en: 'Vital interests',
  },
  'public-task': {
    article: 'AVG/GDPR art. 6(1)(e)',
    nl: 'Taak van algemeen belang of openbaar gezag',
    en: 'Public task',
  },
  'legitimate-interests': {
    article: 'AVG/GDPR art. 6(1)(f)',
    nl: 'Gerechtvaardigd belang',
    en: 'Legitimate interests',
  },
} as const satisfies Record<string, BilingualText & { article: string }>;

export type LegalBasis = keyof typeof LEGAL_BASES;
