import { consentRecords } from '../../../db/schema/consent-records.js';
import { mapTable } from '../personal-data/map-table.js';

// Consent records (P3): proof of a choice about cookies and third-party content. The consent id
// is a random cookie id (P7's "cookie id"); with the user id, when the visitor was signed in, it
// makes the choices personal. Kept two years from the choice: the banner asks again after twelve
// months, so every record that was relied on can still be shown for a year after it lapsed.

const erased = { kind: 'delete-row' } as const;

const CONSENT_RECORDS = mapTable(consentRecords, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: 730, from: 'createdAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'privacy',
  columns: {
    consentId: {
      category: 'technical',
      description: {
        nl: 'Willekeurig toestemmingsnummer van uw browser (cookie-id)',
        en: 'Random consent number of your browser (cookie id)',
      },
      erasure: erased,
    },
    userId: {
      category: 'reference',
      description: {
        nl: 'Het account waarmee u ingelogd was toen u koos',
        en: 'The account you were signed in with when you chose',
      },
      erasure: erased,
    },
    analytics: {
      category: 'settings',
      description: { nl: 'Uw keuze voor statistiek-cookies', en: 'Your choice about analytics cookies' },
      erasure: erased,
    },
    thirdParty: {
      category: 'settings',
      description: {
        nl: 'Uw keuze voor inhoud van derden (zoals kaarttegels)',
        en: 'Your choice about third-party content (such as map tiles)',
      },
      erasure: erased,
    },
  },
});

export const CONSENT_DATA = [...CONSENT_RECORDS];
