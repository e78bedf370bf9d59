import {
  privacyRequestEvents,
  privacyRequestIdCopies,
  privacyRequestSubmissions,
  privacyRequests,
} from '../../../db/schema/privacy-requests.js';
import { mapTable } from '../personal-data/map-table.js';

// Data-subject requests (P17–P19). A request is evidence that the right was honoured, so it is
// kept (erasure-evidence) for two years after it closes; an ID copy's contents go the moment the
// identity is verified or the request closes, and an unconfirmed public submission within a day.

const evidence = { kind: 'keep', exception: 'erasure-evidence' } as const;
const deleteRow = { kind: 'delete-row' } as const;
const text = (nl: string, en: string) => ({ nl, en });

const requests = mapTable(privacyRequests, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: 730, from: 'closedAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'privacy',
  columns: {
    userId: {
      category: 'reference',
      description: text('Uw account, als u het verzoek ingelogd deed', 'Your account, if you were signed in'),
      erasure: { kind: 'null' },
    },
    requesterName: {
      category: 'identity',
      description: text('Naam van de verzoeker', 'Name of the requester'),
      erasure: evidence,
    },
    requesterEmail: {
      category: 'contact',
      description: text('E-mailadres van de verzoeker', 'E-mail address of the requester'),
      erasure: evidence,
    },
    description: {
      category: 'content',
      description: text('Toelichting bij het verzoek', 'What the request is about'),
      erasure: evidence,
      mayNamePeople: true,
    },
    handlerId: {
      category: 'reference',
      description: text('Wie het verzoek behandelt', 'Who handles the request'),
      subject: { kind: 'user-reference', column: 'handlerId' },
      erasure: { kind: 'null' },
    },
    extensionReason: {
      category: 'content',
      description: text('Reden van verlenging van de termijn', 'Reason the term was extended'),
      erasure: evidence,
      mayNamePeople: true,
    },
    idCopyReason: {
      category: 'content',
      description: text(
        'Waarom om een kopie van een identiteitsbewijs is gevraagd',
        'Why a copy of an identity document was asked for',
      ),
      erasure: evidence,
      mayNamePeople: true,
    },
    pauses: {
      category: 'technical',
      description: text('Wanneer gewacht werd op uw identiteit', 'When we waited for your identity'),
      erasure: evidence,
    },
    answer: {
      category: 'content',
      description: text('Ons antwoord op het verzoek', 'Our answer to the request'),
      erasure: evidence,
      mayNamePeople: true,
    },
  },
});

const history = mapTable(privacyRequestEvents, {
  purpose: 'legal-obligations',
  retention: { kind: 'with-parent', via: 'requestId' },
  subject: { kind: 'via-row', column: 'requestId', table: 'privacy_requests' },
  heading: 'privacy',
  columns: {
    actorUserId: {
      category: 'reference',
      description: text('Wie een stap in het verzoek zette', 'Who took a step in the request'),
      subject: { kind: 'user-reference', column: 'actorUserId' },
      erasure: { kind: 'null' },
    },
    details: {
      category: 'content',
      description: text('Wat er met het verzoek gebeurde', 'What happened to the request'),
      erasure: evidence,
      mayNamePeople: true,
    },
  },
});

const idCopies = mapTable(privacyRequestIdCopies, {
  purpose: 'legal-obligations',
  retention: { kind: 'with-parent', via: 'requestId' },
  subject: { kind: 'via-row', column: 'requestId', table: 'privacy_requests' },
  heading: 'privacy',
  columns: {
    sealedContent: {
      category: 'identity',
      description: text(
        'Versleutelde kopie van een identiteitsbewijs (verwijderd zodra uw identiteit vaststaat)',
        'Encrypted copy of an identity document (deleted as soon as your identity is established)',
      ),
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'privacy',
        shownAs: text(
          'Versleuteld; alleen de behandelaar kan het openen.',
          'Encrypted; only the handler can open it.',
        ),
      },
    },
    contentType: {
      category: 'technical',
      description: text('Soort bestand van de kopie', 'File type of the copy'),
      erasure: deleteRow,
    },
  },
});

const submissions = mapTable(privacyRequestSubmissions, {
  purpose: 'legal-obligations',
  retention: { kind: 'until-verified', deadline: 'expiresAt' },
  subject: { kind: 'email-address', column: 'requesterEmail' },
  heading: 'privacy',
  columns: {
    requesterName: {
      category: 'identity',
      description: text('Naam op het openbare verzoekformulier', 'Name on the public request form'),
      erasure: deleteRow,
    },
    requesterEmail: {
      category: 'contact',
      description: text('E-mailadres dat nog bevestigd moet worden', 'E-mail address still to be confirmed'),
      erasure: deleteRow,
    },
    description: {
      category: 'content',
      description: text('Toelichting bij het verzoek', 'What the request is about'),
      erasure: deleteRow,
      mayNamePeople: true,
    },
    tokenHash: {
      category: 'login',
      description: text('Bevestigingslink (alleen de hash)', 'Confirmation link (its hash only)'),
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'privacy',
        shownAs: text('Een hash van de link uit de e-mail.', 'A hash of the link in the e-mail.'),
      },
    },
  },
});

export const PRIVACY_REQUEST_DATA = [...requests, ...history, ...idCopies, ...submissions];
