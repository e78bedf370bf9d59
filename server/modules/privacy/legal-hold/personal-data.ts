import { legalHolds } from '../../../db/schema/legal-holds.js';
import { mapTable } from '../personal-data/map-table.js';

// Legal holds (GDPR art. 17(3)): why a person's data or an incident's record is kept beyond an
// erasure request or its period. A lifted hold is kept a year as evidence of why data outlived its
// period, then purged; one in force is never purged (its lifted_at is empty).

const text = (nl: string, en: string) => ({ nl, en });

const LEGAL_HOLDS = mapTable(legalHolds, {
  purpose: 'legal-obligations',
  retention: { kind: 'days', days: 365, from: 'liftedAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'privacy',
  columns: {
    userId: {
      category: 'reference',
      description: text('Uw account, als de bewaarplicht op u rust', 'Your account, if the hold is on you'),
      erasure: { kind: 'delete-row' },
    },
    reason: {
      category: 'content',
      description: text('Waarom uw gegevens bewaard blijven', 'Why your data is kept'),
      erasure: { kind: 'delete-row' },
      mayNamePeople: true,
    },
    createdBy: {
      category: 'reference',
      description: text('Wie de bewaarplicht instelde', 'Who placed the hold'),
      subject: { kind: 'user-reference', column: 'createdBy' },
      erasure: { kind: 'null' },
    },
    liftedBy: {
      category: 'reference',
      description: text('Wie de bewaarplicht ophief', 'Who lifted the hold'),
      subject: { kind: 'user-reference', column: 'liftedBy' },
      erasure: { kind: 'null' },
    },
  },
});

export const LEGAL_HOLD_DATA = [...LEGAL_HOLDS];
