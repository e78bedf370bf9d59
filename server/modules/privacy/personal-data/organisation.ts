import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import { roleDeputies } from '../../../db/schema/alerts.js';
import { incidentTemplates } from '../../../db/schema/incident-templates.js';
import { locations } from '../../../db/schema/preparation.js';
import { onCallRosters, onCallSwaps } from '../../../db/schema/rosters.js';
import { roles, teamMembers, teams, teamTemplates } from '../../../db/schema/teams.js';
import { mapTable } from './map-table.js';

// The organisation's preparation: who is in which team and on call, and the texts of its plans.

const deleteRow = { kind: 'delete-row' } as const;
const yourAccount = { category: 'reference', description: { nl: 'Uw account', en: 'Your account' } } as const;

/** A text an admin wrote in the organisation's preparation; no column says who, so it is searched. */
const preparedText = (description: BilingualText) =>
  ({ category: 'content', description, erasure: { kind: 'review' }, mayNamePeople: true }) as const;

/** A coordinate names nobody, but points at the same place as an address. */
const preparedPosition = (description: BilingualText) =>
  ({ category: 'content', description, erasure: { kind: 'review' } }) as const;

const preparation = {
  purpose: 'crisis-work',
  retention: { kind: 'while-organisation' },
  subject: { kind: 'search-value' },
  heading: 'organisation',
} as const;

const teamTexts = mapTable(teams, {
  ...preparation,
  columns: { description: preparedText({ nl: 'Omschrijving van een team', en: 'Description of a team' }) },
});

const roleTexts = mapTable(roles, {
  ...preparation,
  columns: { description: preparedText({ nl: 'Omschrijving van een rol', en: 'Description of a role' }) },
});

const teamTemplateTexts = mapTable(teamTemplates, {
  ...preparation,
  columns: {
    description: preparedText({
      nl: 'Omschrijving van een teamsjabloon',
      en: 'Description of a team template',
    }),
  },
});

/** Mostly public buildings, but a plan may hold a key holder's home or name a contact there. */
const locationTexts = mapTable(locations, {
  ...preparation,
  columns: {
    name: preparedText({ nl: 'Naam van een locatie', en: 'Name of a location' }),
    address: preparedText({ nl: 'Adres van een locatie', en: 'Address of a location' }),
    latitude: preparedPosition({ nl: 'Breedtegraad van een locatie', en: 'Latitude of a location' }),
    longitude: preparedPosition({ nl: 'Lengtegraad van een locatie', en: 'Longitude of a location' }),
    description: preparedText({ nl: 'Omschrijving van een locatie', en: 'Description of a location' }),
  },
});

const scenarioTexts = mapTable(incidentTemplates, {
  ...preparation,
  columns: {
    title: preparedText({ nl: 'Naam van een scenario', en: 'Name of a scenario' }),
    description: preparedText({ nl: 'Omschrijving van een scenario', en: 'Description of a scenario' }),
    alertText: preparedText({ nl: 'Voorbereide alarmeringstekst', en: 'Prepared alert text' }),
    initialTasks: preparedText({
      nl: 'Voorbereide taken en checklists',
      en: 'Prepared tasks and checklists',
    }),
  },
});

const membership = mapTable(teamMembers, {
  purpose: 'crisis-work',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'teams',
  columns: { userId: { ...yourAccount, erasure: deleteRow } },
});

const deputies = mapTable(roleDeputies, {
  purpose: 'crisis-work',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'teams',
  columns: { userId: { ...yourAccount, erasure: deleteRow } },
});

const rosters = mapTable(onCallRosters, {
  purpose: 'crisis-work',
  retention: { kind: 'while-organisation' },
  subject: { kind: 'user-id-list', column: 'memberIds' },
  heading: 'teams',
  columns: {
    memberIds: {
      category: 'reference',
      description: { nl: 'Uw plaats in een piketrooster', en: 'Your place in an on-call roster' },
      erasure: { kind: 'remove-from-list' },
    },
  },
});

/** A swap covers a past or coming period; after three months it no longer decides who is on call. */
const swaps = mapTable(onCallSwaps, {
  purpose: 'crisis-work',
  retention: { kind: 'days', days: 90, from: 'endsAt' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'teams',
  columns: {
    userId: {
      category: 'reference',
      description: { nl: 'Wie in die periode piket heeft', en: 'Who is on call in that period' },
      erasure: deleteRow,
    },
    // Often "ziek" or "vakantie": kept no longer than the swap itself.
    reason: {
      category: 'content',
      description: { nl: 'Reden van de ruil', en: 'Reason for the swap' },
      erasure: deleteRow,
      mayNamePeople: true,
    },
    createdBy: {
      category: 'reference',
      description: { nl: 'Wie de ruil invoerde', en: 'Who entered the swap' },
      subject: { kind: 'user-reference', column: 'createdBy' },
      erasure: { kind: 'null' },
    },
  },
});

export const ORGANISATION_DATA = [
  ...teamTexts,
  ...roleTexts,
  ...teamTemplateTexts,
  ...locationTexts,
  ...scenarioTexts,
  ...membership,
  ...deputies,
  ...rosters,
  ...swaps,
];
