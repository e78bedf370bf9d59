import { dataBreaches } from '../../../db/schema/data-breaches.js';
import { mapTable } from '../personal-data/map-table.js';

// The breach register (GDPR art. 33(5)) is the operator's evidence that it handled each breach as
// the law asks: kept five years after the breach is closed (an open one is never purged), through
// an erasure too, with only the link to the staff member who recorded it cut. Its free text may
// name people (the contact point, someone whose data leaked): reports and erasure search it.

const evidence = { kind: 'keep', exception: 'erasure-evidence' } as const;
const text = (nl: string, en: string) => ({ nl, en });
const FIVE_YEARS = 1826;
/** Text about a breach that may, in passing, name someone: kept as evidence, searched for the person. */
const breachText = (nl: string, en: string) => ({
  category: 'content' as const,
  description: text(`${nl} bij een datalek`, `${en} of a data breach`),
  erasure: evidence,
  mayNamePeople: true as const,
});

const BREACHES = mapTable(dataBreaches, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: FIVE_YEARS, from: 'closedAt' },
  // Only breaches that concern the person's own organisation: a namesake elsewhere is someone else.
  subject: {
    kind: 'search-value',
    organisationVia: { table: 'data_breach_organisations', column: 'breach_id' },
  },
  heading: 'privacy',
  columns: {
    description: {
      category: 'content',
      description: text('Beschrijving van een datalek', 'Description of a data breach'),
      erasure: evidence,
      mayNamePeople: true,
    },
    dataCategories: breachText('Betrokken soorten gegevens', 'Kinds of data concerned'),
    peopleCategories: breachText('Betrokken groepen personen', 'Groups of people concerned'),
    likelyConsequences: breachText('Waarschijnlijke gevolgen', 'Likely consequences'),
    measures: breachText('Genomen of voorgestelde maatregelen', 'Measures taken or proposed'),
    authorityReference: breachText('Kenmerk van de melding bij de AP', 'Reference of the notification'),
    contactPoint: {
      category: 'contact',
      description: text('Contactpunt bij een datalek', 'Contact point for a data breach'),
      erasure: evidence,
      mayNamePeople: true,
    },
    authorityNotNotifiedReason: {
      category: 'content',
      description: text(
        'Waarom een datalek niet bij de Autoriteit Persoonsgegevens is gemeld',
        'Why a data breach was not notified to the Autoriteit Persoonsgegevens',
      ),
      erasure: evidence,
      mayNamePeople: true,
    },
    authorityDelayReason: {
      category: 'content',
      description: text('Waarom een melding later dan 72 uur kwam', 'Why a notification came after 72 hours'),
      erasure: evidence,
      mayNamePeople: true,
    },
    subjectsNotInformedReason: {
      category: 'content',
      description: text(
        'Waarom betrokkenen niet over een datalek zijn ingelicht',
        'Why the people concerned were not informed of a data breach',
      ),
      erasure: evidence,
      mayNamePeople: true,
    },
    createdBy: {
      category: 'reference',
      description: text('Wie het datalek vastlegde', 'Who recorded the data breach'),
      subject: { kind: 'user-reference', column: 'createdBy' },
      erasure: { kind: 'null' },
    },
  },
});

export const DATA_BREACH_DATA = [...BREACHES];
