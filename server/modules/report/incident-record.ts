import type { IncidentStatus, PresenceStatus, TaskStatus } from '../../db/schema/incidents.js';
import type { PersonRef } from '../incidents/user-names.js';

/**
 * The complete record of one incident as it was handled: what the PDF report, the JSON export and
 * the CSV timeline are made of. Built once per download; times are ISO 8601 strings in UTC.
 */
export interface IncidentRecord {
  generatedAt: string;
  organisation: { id: string; name: string };
  incident: IncidentOverview;
  participants: RecordParticipant[];
  /** Current revisions by sequence, each with the revisions it replaced. */
  logbook: RecordLogbookEntry[];
  tasks: RecordTask[];
  /** Every saved version of the situation picture, oldest first. */
  situationVersions: RecordSituationVersion[];
  locations: RecordLocation[];
  chatMessages: RecordChatMessage[];
}

export interface IncidentOverview {
  id: string;
  number: number;
  title: string;
  description: string;
  labels: string[];
  isExercise: boolean;
  status: IncidentStatus;
  alertText: string;
  /** The scenario it was started from. */
  template: { id: string; title: string } | null;
  startedAt: string;
  startedBy: PersonRef | null;
  /** Started by an integration with an API key rather than by a person. */
  startedByIntegration: boolean;
  closedAt: string | null;
  closedBy: PersonRef | null;
  archivedAt: string | null;
  archivedBy: PersonRef | null;
  updatedAt: string;
}

export interface RecordParticipant {
  id: string;
  user: PersonRef | null;
  jobTitle: string | null;
  teamId: string | null;
  teamName: string | null;
  roleId: string | null;
  roleName: string | null;
  presence: PresenceStatus;
  presenceChangedAt: string | null;
  addedAt: string;
}

/** One revision of a logbook entry as written. */
export interface RecordLogbookRevision {
  id: string;
  revision: number;
  author: PersonRef | null;
  classification: { id: string; name: string } | null;
  labels: { id: string; name: string }[];
  isDecision: boolean;
  text: string;
  occurredAt: string;
  createdAt: string;
  attachment: { id: string; fileName: string; contentType: string; byteSize: number } | null;
  /** Why this revision replaced the one before it; null for the first. */
  correctionReason: string | null;
}

export interface RecordLogbookEntry extends RecordLogbookRevision {
  sequence: number;
  corrected: boolean;
  /** The revisions this one replaced, oldest (the original) first; empty when never corrected. */
  earlierRevisions: RecordLogbookRevision[];
}

export interface RecordTask {
  id: string;
  title: string;
  description: string;
  owner: { user: PersonRef | null; role: { id: string; name: string } | null };
  deadline: string | null;
  status: TaskStatus;
  checklist: { id: string; text: string; done: boolean }[];
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  completedBy: PersonRef | null;
}

export interface RecordSituationVersion {
  version: number;
  author: PersonRef | null;
  createdAt: string;
  sections: { key: string; title: string; content: string }[];
}

export interface RecordLocation {
  id: string;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  addedBy: PersonRef | null;
  createdAt: string;
}

export interface RecordChatMessage {
  id: string;
  author: PersonRef | null;
  body: string;
  createdAt: string;
}
