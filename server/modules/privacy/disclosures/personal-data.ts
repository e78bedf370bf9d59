import { disclosures, portabilityTransfers, recipientNotices } from '../../../db/schema/disclosures.js';
import { mapTable } from '../personal-data/map-table.js';

// Disclosures (P11) are the evidence that a disclosure was lawful (accountability, art. 5(2) and
// 30): kept two years after the disclosure, through an erasure too, with only the link to the
// person's account cut. A transfer link (art. 20) goes once it is used or expired; its disclosure
// row stays as the evidence.

const evidence = { kind: 'keep', exception: 'erasure-evidence' } as const;
const text = (nl: string, en: string) => ({ nl, en });

const DISCLOSURES = mapTable(disclosures, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: 730, from: 'disclosedAt' },
  subject: { kind: 'user-reference', column: 'subjectUserId' },
  heading: 'privacy',
  columns: {
    subjectUserId: {
      category: 'reference',
      description: text(
        'Uw account, als de verstrekking over u ging',
        'Your account, if the disclosure was about you',
      ),
      erasure: { kind: 'null' },
    },
    subjectDescription: {
      category: 'identity',
      description: text('Over wie de verstrekte gegevens gaan', 'Whom the disclosed data is about'),
      erasure: evidence,
      mayNamePeople: true,
    },
    recipient: {
      category: 'identity',
      description: text('Aan wie gegevens zijn verstrekt', 'To whom data was disclosed'),
      erasure: evidence,
      mayNamePeople: true,
    },
    recipientAddress: {
      category: 'contact',
      description: text('Adres van de ontvanger', 'Address of the recipient'),
      erasure: evidence,
    },
    dataDescription: {
      category: 'content',
      description: text('Welke gegevens zijn verstrekt (in woorden)', 'Which data was disclosed (in words)'),
      erasure: evidence,
      mayNamePeople: true,
    },
    reference: {
      category: 'content',
      description: text('Kenmerk van het bevel of de melding', 'Reference of the order or report'),
      erasure: evidence,
      mayNamePeople: true,
    },
    recordedBy: {
      category: 'reference',
      description: text('Wie de verstrekking vastlegde', 'Who recorded the disclosure'),
      subject: { kind: 'user-reference', column: 'recordedBy' },
      erasure: { kind: 'null' },
    },
  },
});

const TRANSFERS = mapTable(portabilityTransfers, {
  purpose: 'legal-obligations',
  retention: { kind: 'until-verified', deadline: 'expiresAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'privacy',
  columns: {
    userId: {
      category: 'reference',
      description: text('Uw account, dat de overdracht vroeg', 'Your account, which asked for the transfer'),
      erasure: { kind: 'delete-row' },
    },
    recipientName: {
      category: 'identity',
      description: text('Naam van de ontvanger die u opgaf', 'Name of the recipient you gave'),
      erasure: { kind: 'delete-row' },
      export: { kind: 'value', heading: 'privacy', portable: true },
    },
    recipientEmail: {
      category: 'contact',
      description: text(
        'E-mailadres van de ontvanger die u opgaf',
        'E-mail address of the recipient you gave',
      ),
      erasure: { kind: 'delete-row' },
      export: { kind: 'value', heading: 'privacy', portable: true },
    },
    tokenHash: {
      category: 'login',
      description: text(
        'Downloadlink voor de ontvanger (alleen de hash)',
        'Download link for the recipient (its hash only)',
      ),
      erasure: { kind: 'delete-row' },
      export: {
        kind: 'described',
        heading: 'privacy',
        shownAs: text('Een hash van de link uit de e-mail.', 'A hash of the link in the e-mail.'),
      },
    },
  },
});

// A notice to a recipient (art. 19) names the recipient and the disclosure, never the person it
// was about: it is evidence that the recipient was told, kept as long as the disclosure itself.
const NOTICES = mapTable(recipientNotices, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: 730, from: 'createdAt' },
  subject: { kind: 'user-reference', column: 'toldBy' },
  heading: 'privacy',
  columns: {
    recipient: {
      category: 'identity',
      description: text(
        'Aan wie gemeld is dat verstrekte gegevens zijn gewijzigd',
        'Who was told that disclosed data changed',
      ),
      erasure: evidence,
      mayNamePeople: true,
    },
    recipientAddress: {
      category: 'contact',
      description: text('Adres van die ontvanger', 'Address of that recipient'),
      erasure: evidence,
    },
    reference: {
      category: 'content',
      description: text('Kenmerk van de verstrekking', 'Reference of the disclosure'),
      erasure: evidence,
      mayNamePeople: true,
    },
    note: {
      category: 'content',
      description: text('Hoe de ontvanger is geïnformeerd', 'How the recipient was told'),
      erasure: evidence,
      mayNamePeople: true,
    },
    toldBy: {
      category: 'reference',
      description: text('Wie de ontvanger informeerde', 'Who told the recipient'),
      erasure: { kind: 'null' },
    },
  },
});

export const DISCLOSURE_DATA = [...DISCLOSURES, ...TRANSFERS, ...NOTICES];
