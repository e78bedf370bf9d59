import type { IncidentStatus, PresenceStatus, TaskStatus } from '../../db/schema/incidents.js';
import type { Language } from '../../i18n/language.js';

/** Every fixed text of the report and the timeline export; the incident's own data stays as written. */
export interface ReportTexts {
  reportTitle: string;
  exercise: string;
  exerciseNotice: string;
  incident: (number: number) => string;
  headings: {
    overview: string;
    participants: string;
    logbook: string;
    decisions: string;
    tasks: string;
    situation: string;
    locations: string;
    chat: string;
  };
  fields: {
    organisation: string;
    status: string;
    started: string;
    closed: string;
    archived: string;
    scenario: string;
    labels: string;
    description: string;
    alertText: string;
    owner: string;
    deadline: string;
    completed: string;
    address: string;
    coordinates: string;
    addedBy: string;
  };
  status: Record<IncidentStatus, string>;
  presence: Record<PresenceStatus, string>;
  taskStatus: Record<TaskStatus, string>;
  by: (who: string) => string;
  integration: string;
  unknownPerson: string;
  noTeam: string;
  none: string;
  decision: string;
  corrected: string;
  reason: string;
  originalText: string;
  earlierRevision: (revision: number) => string;
  attachment: string;
  version: (version: number) => string;
  page: (number: number) => string;
  generatedOn: (when: string) => string;
  csvColumns: string[];
  csvKinds: { entry: string; earlierRevision: string; task: string; situation: string; chat: string };
  yes: string;
}

const NL: ReportTexts = {
  reportTitle: 'Incidentrapport',
  exercise: 'OEFENING',
  exerciseNotice: 'Dit incident is een oefening, geen echte crisis.',
  incident: (number) => `Incident ${number}`,
  headings: {
    overview: 'Overzicht',
    participants: 'Deelnemers',
    logbook: 'Logboek',
    decisions: 'Besluiten',
    tasks: 'Acties',
    situation: 'Situatiebeeld',
    locations: 'Locaties',
    chat: 'Chat',
  },
  fields: {
    organisation: 'Organisatie',
    status: 'Status',
    started: 'Gestart',
    closed: 'Afgerond',
    archived: 'Gearchiveerd',
    scenario: 'Scenario',
    labels: 'Labels',
    description: 'Omschrijving',
    alertText: 'Alarmeringstekst',
    owner: 'Eigenaar',
    deadline: 'Deadline',
    completed: 'Afgerond',
    address: 'Adres',
    coordinates: 'Coördinaten',
    addedBy: 'Toegevoegd door',
  },
  status: { active: 'Actief', closed: 'Afgerond', archived: 'Gearchiveerd' },
  presence: {
    unknown: 'Onbekend',
    on_the_way: 'Onderweg',
    present: 'Aanwezig',
    unavailable: 'Niet beschikbaar',
    left: 'Vertrokken',
  },
  taskStatus: { open: 'Open', in_progress: 'Bezig', done: 'Gereed', cancelled: 'Geannuleerd' },
  by: (who) => `door ${who}`,
  integration: 'een koppeling',
  unknownPerson: 'onbekend',
  noTeam: 'Zonder team',
  none: 'Geen.',
  decision: 'BESLUIT',
  corrected: 'Gecorrigeerd',
  reason: 'Reden',
  originalText: 'Oorspronkelijke tekst',
  earlierRevision: (revision) => `Eerdere versie ${revision}`,
  attachment: 'Bijlage',
  version: (version) => `Versie ${version}`,
  page: (number) => `Pagina ${number}`,
  generatedOn: (when) => `Gegenereerd op ${when}`,
  csvColumns: [
    'soort',
    'tijd',
    'nummer',
    'versie',
    'auteur',
    'classificatie',
    'labels',
    'besluit',
    'tekst',
    'reden correctie',
  ],
  csvKinds: {
    entry: 'logboek',
    earlierRevision: 'logboek (eerdere versie)',
    task: 'actie',
    situation: 'situatiebeeld',
    chat: 'chat',
  },
  yes: 'ja',
};

const EN: ReportTexts = {
  reportTitle: 'Incident report',
  exercise: 'EXERCISE',
  exerciseNotice: 'This incident is an exercise, not a real crisis.',
  incident: (number) => `Incident ${number}`,
  headings: {
    overview: 'Overview',
    participants: 'Participants',
    logbook: 'Logbook',
    decisions: 'Decisions',
    tasks: 'Tasks',
    situation: 'Situation picture',
    locations: 'Locations',
    chat: 'Chat',
  },
  fields: {
    organisation: 'Organisation',
    status: 'Status',
    started: 'Started',
    closed: 'Closed',
    archived: 'Archived',
    scenario: 'Scenario',
    labels: 'Labels',
    description: 'Description',
    alertText: 'Alert text',
    owner: 'Owner',
    deadline: 'Deadline',
    completed: 'Completed',
    address: 'Address',
    coordinates: 'Coordinates',
    addedBy: 'Added by',
  },
  status: { active: 'Active', closed: 'Closed', archived: 'Archived' },
  presence: {
    unknown: 'Unknown',
    on_the_way: 'On the way',
    present: 'Present',
    unavailable: 'Unavailable',
    left: 'Left',
  },
  taskStatus: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  by: (who) => `by ${who}`,
  integration: 'an integration',
  unknownPerson: 'unknown',
  noTeam: 'No team',
  none: 'None.',
  decision: 'DECISION',
  corrected: 'Corrected',
  reason: 'Reason',
  originalText: 'Original text',
  earlierRevision: (revision) => `Earlier version ${revision}`,
  attachment: 'Attachment',
  version: (version) => `Version ${version}`,
  page: (number) => `Page ${number}`,
  generatedOn: (when) => `Generated on ${when}`,
  csvColumns: [
    'kind',
    'time',
    'number',
    'revision',
    'author',
    'classification',
    'labels',
    'decision',
    'text',
    'correction reason',
  ],
  csvKinds: {
    entry: 'logbook',
    earlierRevision: 'logbook (earlier version)',
    task: 'task',
    situation: 'situation picture',
    chat: 'chat',
  },
  yes: 'yes',
};

export const REPORT_TEXTS: Record<Language, ReportTexts> = { nl: NL, en: EN };
