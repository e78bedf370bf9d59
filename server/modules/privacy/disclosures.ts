import type { BilingualText } from '../../../common/privacy/browser-storage.js';
import type { Transaction } from '../../db/database.js';
import type { LegalBasis } from './legal-bases.js';

/**
 * Where a record of each actual disclosure lives: deliveries through processors row by row in
 * their own tables; disclosures to authorities, transfers at the person's request and sharing on
 * consent one row each in the `disclosures` table (modules/privacy/disclosures/); the customer
 * organisation is no single act but the standing relationship of controller and processor.
 */
export type DisclosureLog =
  | { kind: 'existing-tables'; tables: readonly string[] }
  | { kind: 'disclosures-table' }
  | { kind: 'controller-relationship' };

export interface DisclosureKind {
  name: BilingualText;
  recipient: BilingualText;
  /** The grounds on which this kind may happen; a recorded disclosure names one of them. */
  legalBases: readonly [LegalBasis, ...LegalBasis[]];
  explanation: BilingualText;
  log: DisclosureLog;
}

/** The kinds of disclosure to third parties the privacy statement allows (P11). */
// @promise P11 disclosures to third parties, each with its allowed legal grounds
export const DISCLOSURE_KINDS = {
  'customer-organisation': {
    name: { nl: 'Aan de klantorganisatie', en: 'To the customer organisation' },
    recipient: { nl: 'De organisatie waarvoor u Baken gebruikt', en: 'The organisation you use Baken for' },
    legalBases: ['contract'],
    explanation: {
      nl: 'De organisatie is verwerkingsverantwoordelijke voor haar accounts en crisiswerk; haar beheerders zien wat zij nodig hebben, en verzoeken over haar gegevens gaan naar haar.',
      en: 'The organisation is the controller of its accounts and crisis work; its admins see what they need, and requests about its data go to it.',
    },
    log: { kind: 'controller-relationship' },
  },
  'processor-delivery': {
    name: { nl: 'Aan bezorgdiensten, als verwerker', en: 'To delivery services, as processors' },
    recipient: {
      nl: 'E-mailprovider, sms-gateway en de pushdiensten van browsers (zie het verwerkersregister)',
      en: 'E-mail provider, SMS gateway and the browsers’ push services (see the processors register)',
    },
    legalBases: ['contract', 'public-task', 'legitimate-interests', 'vital-interests'],
    explanation: {
      nl: 'Alleen om een bericht te bezorgen dat u hoort te krijgen, op de grondslag van het doel van dat bericht.',
      en: 'Only to deliver a message meant for you, on the ground of that message’s purpose.',
    },
    log: { kind: 'existing-tables', tables: ['mail_messages', 'alert_deliveries'] },
  },
  'authority-order': {
    name: { nl: 'Aan autoriteiten, op grond van de wet', en: 'To authorities, as the law requires' },
    recipient: {
      nl: 'Politie, justitie of een toezichthouder met een wettelijke bevoegdheid',
      en: 'Police, prosecution or a regulator with a legal power',
    },
    legalBases: ['legal-obligation'],
    explanation: {
      nl: 'Alleen op een schriftelijk, rechtsgeldig verzoek of bevel, en niet meer dan dat vraagt.',
      en: 'Only on a written, lawful request or order, and no more than it asks for.',
    },
    log: { kind: 'disclosures-table' },
  },
  'suspected-fraud-report': {
    name: { nl: 'Melding van vermoedelijke fraude of misbruik', en: 'Report of suspected fraud or abuse' },
    recipient: { nl: 'De bevoegde autoriteiten', en: 'The competent authorities' },
    legalBases: ['legitimate-interests', 'legal-obligation'],
    explanation: {
      nl: 'Bij een onderbouwd vermoeden van fraude of misbruik van de diensten: alleen de gegevens die de melding onderbouwen.',
      en: 'On a substantiated suspicion of fraud or abuse of the services: only the data that supports the report.',
    },
    log: { kind: 'disclosures-table' },
  },
  'portability-transfer': {
    name: { nl: 'Overdracht op uw verzoek', en: 'Transfer at your request' },
    recipient: { nl: 'De partij die u aanwijst', en: 'The party you name' },
    // Your own instruction is the consent; honouring it is also the law's demand (art. 20).
    legalBases: ['consent', 'legal-obligation'],
    explanation: {
      nl: 'Uw recht op overdraagbaarheid (AVG art. 20): de gegevens die u zelf verstrekte, naar wie u aanwijst.',
      en: 'Your right to data portability (GDPR art. 20): the data you provided, to whom you name.',
    },
    log: { kind: 'disclosures-table' },
  },
  'with-consent': {
    name: { nl: 'Met uw toestemming', en: 'With your consent' },
    recipient: { nl: 'Een derde waarvoor u toestemming gaf', en: 'A third party you consented to' },
    legalBases: ['consent'],
    explanation: {
      nl: 'Alleen als er een geldige toestemming is vastgelegd, die u kunt intrekken.',
      en: 'Only when a valid consent is recorded, which you can withdraw.',
    },
    log: { kind: 'disclosures-table' },
  },
} as const satisfies Record<string, DisclosureKind>;

export type DisclosureKindId = keyof typeof DISCLOSURE_KINDS;

/** One actual disclosure, as it is recorded (to whom, what, on which ground, when). */
export interface DisclosureInput {
  kind: DisclosureKindId;
  /** The organisation of the person concerned; its admins see the record. */
  organisationId: string | null;
  recipient: string;
  /** The recipient's e-mail address or office, when known. */
  recipientAddress?: string;
  /** Whose data was disclosed: their account, so the access report can list it. */
  subjectUserId: string | null;
  /** About whom in words, when there is no account or more needs saying. */
  subjectDescription?: string;
  /** What was disclosed, in words (never the data itself). */
  dataDescription: string;
  legalBasis: LegalBasis;
  /** The authority's case or order number, a consent record's id… */
  reference?: string;
  disclosedAt: Date;
  /** The operator staff member or admin who made the disclosure. */
  recordedBy: string;
}

/** Records a disclosure in the transaction that makes it (modules/privacy/disclosures/record-disclosure.ts). */
export type RecordDisclosure = (tx: Transaction, input: DisclosureInput) => Promise<{ id: string }>;

/** Whether a disclosure names a ground its kind allows; the recorder refuses any other. */
export function isAllowedBasis(input: Pick<DisclosureInput, 'kind' | 'legalBasis'>): boolean {
  const allowed: readonly LegalBasis[] = DISCLOSURE_KINDS[input.kind].legalBases;
  return allowed.includes(input.legalBasis);
}

/**
 * The check every disclosure on the ground of consent (`with-consent`), and everything else that
 * needs consent (third-party content, analytics), makes before it happens (P3, P11): the newest
 * consent record of the browser or the person must allow the category. No record means no.
 */
export { type ConsentCategory, type ConsentSubject, hasConsent } from './consent/consent-records.js';
