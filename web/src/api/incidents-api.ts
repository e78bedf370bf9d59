import type { AlertUrgency } from './alerts-api';
import { apiRequest } from './api-client';

/** A person named in the incident record; null when there is none (an integration) or they were erased. */
export type PersonRef = { id: string; name: string } | null;

export type IncidentStatus = 'active' | 'closed' | 'archived';

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['active', 'closed', 'archived'];

export type Presence = 'unknown' | 'on_the_way' | 'present' | 'unavailable' | 'left';

/** The states a person sets for themselves ("unknown" is only where everyone starts). */
export const CHOSEN_PRESENCES: readonly Presence[] = ['on_the_way', 'present', 'unavailable', 'left'];

/** One line of the list of incidents. */
export interface IncidentSummary {
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  isExercise: boolean;
  labels: string[];
  startedAt: string;
  updatedAt: string;
  template: { id: string; title: string } | null;
  openTaskCount: number;
  overdueTaskCount: number;
}

/** What the signed-in person may do with the incident; the server decides. */
export interface IncidentPermissions {
  canWrite: boolean;
  canClose: boolean;
  canReopen: boolean;
  canArchive: boolean;
  canDelete: boolean;
}

/** The incident as its room shows it. */
export interface Incident {
  id: string;
  number: number;
  title: string;
  description: string;
  labels: string[];
  isExercise: boolean;
  status: IncidentStatus;
  alertText: string;
  chatEnabled: boolean;
  template: { id: string; title: string } | null;
  situationSections: { key: string; title: string; hint: string }[];
  startedAt: string;
  startedBy: PersonRef;
  closedAt: string | null;
  closedBy: PersonRef;
  archivedAt: string | null;
  archivedBy: PersonRef;
  updatedAt: string;
  permissions: IncidentPermissions;
}

/** A person working on the incident, in a team with a role (or added directly). */
export interface Participant {
  id: string;
  user: { id: string; name: string };
  jobTitle: string | null;
  teamId: string | null;
  teamName: string | null;
  roleId: string | null;
  roleName: string | null;
  presence: Presence;
  presenceChangedAt: string | null;
}

/** Who works on a new incident: a person, in a team or not, with a role for this incident. */
export interface NewParticipant {
  userId: string;
  teamId?: string | null;
  roleId?: string | null;
}

export interface NewIncident {
  templateId?: string;
  title?: string;
  description?: string;
  labels?: string[];
  isExercise?: boolean;
  participants?: NewParticipant[];
  /** Whether to alert the participants other than the starter (the server's default: yes). */
  alert?: { send: boolean; urgency?: AlertUrgency };
}

function incidentPath(id: string): string {
  return `/api/incidents/${encodeURIComponent(id)}`;
}

export function listIncidents(status: IncidentStatus | 'all', signal?: AbortSignal) {
  return apiRequest<IncidentSummary[]>('GET', `/api/incidents?${new URLSearchParams({ status })}`, {
    signal,
  });
}

export function startIncident(input: NewIncident) {
  return apiRequest<{ id: string; number: number; alertId: string | null }>('POST', '/api/incidents', {
    body: input,
  });
}

export function fetchIncident(id: string, signal?: AbortSignal) {
  return apiRequest<Incident>('GET', incidentPath(id), { signal });
}

export function changeIncident(
  id: string,
  changes: {
    title?: string;
    description?: string;
    labels?: string[];
    chatEnabled?: boolean;
    status?: IncidentStatus;
  },
) {
  return apiRequest<Incident>('PATCH', incidentPath(id), { body: changes });
}

export function deleteIncident(id: string) {
  return apiRequest<undefined>('DELETE', incidentPath(id));
}

/** Addresses of the report and exports, for plain download links (the session cookie goes along). */
export function incidentDownloadUrl(id: string, kind: 'report.pdf' | 'export.json' | 'export.csv'): string {
  return `${incidentPath(id)}/${kind}`;
}

export function listParticipants(incidentId: string, signal?: AbortSignal) {
  return apiRequest<Participant[]>('GET', `${incidentPath(incidentId)}/participants`, { signal });
}

export function addParticipant(incidentId: string, input: NewParticipant) {
  return apiRequest<Participant>('POST', `${incidentPath(incidentId)}/participants`, { body: input });
}

export function removeParticipant(incidentId: string, participantId: string) {
  return apiRequest<undefined>(
    'DELETE',
    `${incidentPath(incidentId)}/participants/${encodeURIComponent(participantId)}`,
  );
}

/** Sets the signed-in person's own presence in the incident; answers with everyone's. */
export function setMyPresence(incidentId: string, presence: Presence) {
  return apiRequest<Participant[]>('PUT', `${incidentPath(incidentId)}/presence`, { body: { presence } });
}
