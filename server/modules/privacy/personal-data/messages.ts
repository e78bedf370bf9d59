import { events } from '../../../db/schema/events.js';
import { mailMessages } from '../../../db/schema/mail-messages.js';
import { mapTable } from './map-table.js';

const deleteRow = { kind: 'delete-row' } as const;

/**
 * Every e-mail Baken sends, matched on the address (an invitation goes to someone without an
 * account yet). A month is enough to answer "did you send it?"; the bodies hold live links.
 */
const mail = mapTable(mailMessages, {
  purpose: 'service-access',
  retention: { kind: 'days', days: 30, from: 'createdAt' },
  subject: { kind: 'email-address', column: 'toAddress' },
  heading: 'mail',
  columns: {
    toAddress: { category: 'contact', description: { nl: 'Aan', en: 'To' }, erasure: deleteRow },
    subject: { category: 'content', description: { nl: 'Onderwerp', en: 'Subject' }, erasure: deleteRow },
    textBody: {
      category: 'content',
      description: { nl: 'Tekst van de e-mail', en: 'Text of the e-mail' },
      erasure: deleteRow,
      mayNamePeople: true,
    },
    htmlBody: {
      category: 'content',
      description: { nl: 'Opgemaakte tekst van de e-mail', en: 'Formatted text of the e-mail' },
      erasure: deleteRow,
      mayNamePeople: true,
      // The same message as textBody; the report shows it once.
      export: {
        kind: 'described',
        heading: 'mail',
        shownAs: { nl: 'Dezelfde tekst, opgemaakt.', en: 'The same text, formatted.' },
      },
    },
    // A mail server's refusal often repeats the address.
    lastError: {
      category: 'technical',
      description: { nl: 'Foutmelding van de mailserver', en: 'The mail server’s error message' },
      erasure: deleteRow,
    },
  },
});

/**
 * The outbox of live updates: copies of records as their screens show them, kept only as long
 * as a reconnecting device may ask to replay them.
 */
const liveUpdates = mapTable(events, {
  purpose: 'service-access',
  retention: { kind: 'days', days: 7, from: 'createdAt' },
  subject: { kind: 'user-reference', column: 'actorId' },
  heading: 'incidents',
  columns: {
    actorId: {
      category: 'reference',
      description: { nl: 'Wie de wijziging deed', en: 'Who made the change' },
      erasure: deleteRow,
    },
    payload: {
      category: 'content',
      description: { nl: 'Kopie van de gewijzigde gegevens', en: 'Copy of the changed data' },
      subject: { kind: 'search-value' },
      erasure: deleteRow,
      mayNamePeople: true,
      export: {
        kind: 'described',
        heading: 'incidents',
        shownAs: {
          nl: 'Tijdelijke kopieën van de gegevens hierboven, voor live bijwerken van open schermen; 7 dagen bewaard.',
          en: 'Temporary copies of the data above, to update open screens live; kept for 7 days.',
        },
      },
    },
  },
});

export const MESSAGE_DATA = [...mail, ...liveUpdates];
