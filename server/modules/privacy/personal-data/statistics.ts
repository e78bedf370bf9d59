import { usageFacts, usageObjections } from '../../../db/schema/usage-statistics.js';
import { mapTable } from './map-table.js';

const deleteRow = { kind: 'delete-row' } as const;

/** Thirteen months: a year of figures compared with the same month a year before. */
export const USAGE_FACT_RETENTION_DAYS = 396;

/**
 * Usage facts (P10): what a person did in Baken, counted for the statistics. The person can object
 * at any time ("Mijn gegevens"); the facts are then deleted at once. The other columns (kind, time,
 * the incident or alert, the response time) are personal only through the person of the row.
 */
// @promise P10 usage facts are declared in the data map: purpose insight into use, kept 13 months, deleted on objection or erasure
const facts = mapTable(usageFacts, {
  purpose: 'usage-insight',
  retention: { kind: 'days', days: USAGE_FACT_RETENTION_DAYS, from: 'occurredAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'usage',
  columns: {
    userId: {
      category: 'reference',
      description: {
        nl: 'Wat u in Baken deed (soort, moment), voor de gebruiksstatistieken',
        en: 'What you did in Baken (kind, moment), for the usage statistics',
      },
      legalBasis: 'legitimate-interests',
      erasure: deleteRow,
    },
  },
});

/** The person's own choice: kept with the account, so their objection keeps holding. */
const objections = mapTable(usageObjections, {
  purpose: 'usage-insight',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'usage',
  columns: {
    userId: {
      category: 'settings',
      description: {
        nl: 'Uw bezwaar tegen gebruiksstatistieken (sinds, ingetrokken)',
        en: 'Your objection to usage statistics (since, withdrawn)',
      },
      legalBasis: 'legitimate-interests',
      erasure: deleteRow,
    },
  },
});

export const STATISTICS_DATA = [...facts, ...objections];
