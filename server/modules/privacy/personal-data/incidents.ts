import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import {
  chatMessages,
  incidentAttachments,
  incidentLocations,
  incidentParticipants,
  incidents,
  incidentTasks,
  logbookEntries,
  situationVersions,
} from '../../../db/schema/incidents.js';
import { mapTable } from './map-table.js';

// The crisis record. It must stay whole after a person's erasure: who wrote or did something
// becomes a pseudonym ("verwijderde gebruiker"), and what they wrote stays, unlinked from them.

const pseudonymise = { kind: 'pseudonymise', replacement: 'pseudonym-account' } as const;

const person = (description: BilingualText) =>
  ({ category: 'reference', description, erasure: pseudonymise }) as const;

/** Text a person wrote in the record: it stays, unlinked from its author by `by`. */
const writtenBy = <K extends string>(by: K, description: BilingualText) =>
  ({
    category: 'content',
    description,
    subject: { kind: 'user-reference', column: by },
    erasure: { kind: 'unlinked', by },
    mayNamePeople: true,
  }) as const;

/** A coordinate someone entered: it names nobody, but may be where a resident lives. */
const placedBy = <K extends string>(by: K, description: BilingualText) =>
  ({
    category: 'content',
    description,
    subject: { kind: 'user-reference', column: by },
    erasure: { kind: 'unlinked', by },
  }) as const;

const crisisRecord = {
  purpose: 'crisis-work',
  retention: { kind: 'with-incident' },
  heading: 'incidents',
} as const;

// The title and texts are attributed to the starter: the row does not record who edited them
// later (only the 7-day live-update outbox does), so a later editor is found by search only.
const incident = mapTable(incidents, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'startedBy' },
  columns: {
    startedBy: person({ nl: 'Wie het incident startte', en: 'Who started the incident' }),
    closedBy: {
      ...person({ nl: 'Wie het incident sloot', en: 'Who closed the incident' }),
      subject: { kind: 'user-reference', column: 'closedBy' },
    },
    archivedBy: {
      ...person({ nl: 'Wie het incident archiveerde', en: 'Who archived the incident' }),
      subject: { kind: 'user-reference', column: 'archivedBy' },
    },
    title: writtenBy('startedBy', { nl: 'Titel van het incident', en: 'Title of the incident' }),
    description: writtenBy('startedBy', {
      nl: 'Omschrijving van het incident',
      en: 'Description of the incident',
    }),
    alertText: writtenBy('startedBy', { nl: 'Alarmeringstekst', en: 'Alert text' }),
  },
});

/** Who worked on the incident, in which team and role, and whether they were there. */
const participants = mapTable(incidentParticipants, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'userId' },
  columns: {
    userId: person({ nl: 'Deelnemer aan het incident', en: 'Participant in the incident' }),
    teamName: {
      category: 'content',
      description: { nl: 'Team waarin u deelnam', en: 'Team you took part in' },
      erasure: { kind: 'unlinked', by: 'userId' },
    },
    roleName: {
      category: 'content',
      description: { nl: 'Rol die u had', en: 'Role you held' },
      erasure: { kind: 'unlinked', by: 'userId' },
    },
    presence: {
      category: 'content',
      description: { nl: 'Aanwezigheid (onderweg, aanwezig…)', en: 'Presence (on the way, present…)' },
      erasure: { kind: 'unlinked', by: 'userId' },
    },
  },
});

const attachments = mapTable(incidentAttachments, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'uploadedBy' },
  columns: {
    uploadedBy: person({ nl: 'Wie het bestand toevoegde', en: 'Who added the file' }),
    fileName: writtenBy('uploadedBy', { nl: 'Bestandsnaam', en: 'File name' }),
    // A photo or document may show or name anyone.
    content: writtenBy('uploadedBy', {
      nl: 'Bijlage (foto of document)',
      en: 'Attachment (photo or document)',
    }),
  },
});

const logbook = mapTable(logbookEntries, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'authorId' },
  columns: {
    authorId: person({ nl: 'Schrijver van de logboekregel', en: 'Author of the logbook entry' }),
    text: writtenBy('authorId', { nl: 'Logboektekst', en: 'Logbook text' }),
    correctionReason: writtenBy('authorId', { nl: 'Reden van een correctie', en: 'Reason for a correction' }),
  },
});

const tasks = mapTable(incidentTasks, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'createdBy' },
  columns: {
    createdBy: person({ nl: 'Wie de taak maakte', en: 'Who created the task' }),
    ownerUserId: {
      ...person({ nl: 'Eigenaar van de taak', en: 'Owner of the task' }),
      subject: { kind: 'user-reference', column: 'ownerUserId' },
    },
    completedBy: {
      ...person({ nl: 'Wie de taak afrondde', en: 'Who completed the task' }),
      subject: { kind: 'user-reference', column: 'completedBy' },
    },
    title: writtenBy('createdBy', { nl: 'Titel van de taak', en: 'Title of the task' }),
    description: writtenBy('createdBy', { nl: 'Omschrijving van de taak', en: 'Description of the task' }),
    checklist: writtenBy('createdBy', { nl: 'Checklist van de taak', en: 'Checklist of the task' }),
  },
});

const situation = mapTable(situationVersions, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'authorId' },
  columns: {
    authorId: person({ nl: 'Wie deze versie opsloeg', en: 'Who saved this version' }),
    sections: writtenBy('authorId', {
      nl: 'Tekst van het situatiebeeld',
      en: 'Text of the situation picture',
    }),
  },
});

/** A place in the incident, often a private address (a fire at a home): residents are found by search. */
const places = mapTable(incidentLocations, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'addedBy' },
  columns: {
    addedBy: person({ nl: 'Wie de locatie toevoegde', en: 'Who added the location' }),
    name: writtenBy('addedBy', { nl: 'Naam van de locatie', en: 'Name of the location' }),
    address: writtenBy('addedBy', { nl: 'Adres', en: 'Address' }),
    description: writtenBy('addedBy', {
      nl: 'Omschrijving van de locatie',
      en: 'Description of the location',
    }),
    latitude: placedBy('addedBy', { nl: 'Breedtegraad', en: 'Latitude' }),
    longitude: placedBy('addedBy', { nl: 'Lengtegraad', en: 'Longitude' }),
  },
});

const chat = mapTable(chatMessages, {
  ...crisisRecord,
  subject: { kind: 'user-reference', column: 'authorId' },
  columns: {
    authorId: person({ nl: 'Schrijver van het chatbericht', en: 'Author of the chat message' }),
    body: writtenBy('authorId', { nl: 'Chatbericht', en: 'Chat message' }),
  },
});

export const INCIDENT_DATA = [
  ...incident,
  ...participants,
  ...attachments,
  ...logbook,
  ...tasks,
  ...situation,
  ...places,
  ...chat,
];
