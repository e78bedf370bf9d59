import { apiRequest } from './api-client';
import type {
  IncidentTemplate,
  IncidentTemplateInput,
  LocationInput,
  LogbookClassification,
  LogbookLabel,
  PreparedLocation,
  RoleInput,
  SituationTemplate,
  SituationTemplateInput,
  Team,
  TeamInput,
  TeamRole,
  TeamTemplate,
  TeamTemplateInput,
} from './preparation-types';

function item(path: string, id: string): string {
  return `${path}/${encodeURIComponent(id)}`;
}

export function listRoles(signal?: AbortSignal) {
  return apiRequest<TeamRole[]>('GET', '/api/roles', { signal });
}

export function createRole(input: RoleInput) {
  return apiRequest<TeamRole>('POST', '/api/roles', { body: input });
}

export function changeRole(id: string, changes: Partial<RoleInput>) {
  return apiRequest<TeamRole>('PATCH', item('/api/roles', id), { body: changes });
}

export function deleteRole(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/roles', id));
}

export function listTeams(signal?: AbortSignal) {
  return apiRequest<Team[]>('GET', '/api/teams', { signal });
}

export function fetchTeam(id: string, signal?: AbortSignal) {
  return apiRequest<Team>('GET', item('/api/teams', id), { signal });
}

/** A new team, empty or with the positions of a team template. */
export function createTeam(input: Partial<TeamInput> & { templateId?: string }) {
  return apiRequest<Team>('POST', '/api/teams', { body: input });
}

export function changeTeam(id: string, changes: Partial<TeamInput>) {
  return apiRequest<Team>('PATCH', item('/api/teams', id), { body: changes });
}

export function deleteTeam(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/teams', id));
}

/** Replaces the whole member list; a member without a role gets the organisation's default role. */
export function saveTeamMembers(id: string, members: { userId: string; roleId?: string }[]) {
  return apiRequest<Team>('PUT', `${item('/api/teams', id)}/members`, { body: { members } });
}

export function listTeamTemplates(signal?: AbortSignal) {
  return apiRequest<TeamTemplate[]>('GET', '/api/team-templates', { signal });
}

export function createTeamTemplate(input: TeamTemplateInput) {
  return apiRequest<TeamTemplate>('POST', '/api/team-templates', { body: input });
}

export function changeTeamTemplate(id: string, changes: Partial<TeamTemplateInput>) {
  return apiRequest<TeamTemplate>('PATCH', item('/api/team-templates', id), { body: changes });
}

export function deleteTeamTemplate(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/team-templates', id));
}

export function listLocations(signal?: AbortSignal) {
  return apiRequest<PreparedLocation[]>('GET', '/api/locations', { signal });
}

export function createLocation(input: LocationInput) {
  return apiRequest<PreparedLocation>('POST', '/api/locations', { body: input });
}

export function changeLocation(id: string, changes: Partial<LocationInput>) {
  return apiRequest<PreparedLocation>('PATCH', item('/api/locations', id), { body: changes });
}

export function deleteLocation(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/locations', id));
}

export function listClassifications(signal?: AbortSignal) {
  return apiRequest<LogbookClassification[]>('GET', '/api/logbook/classifications', { signal });
}

export function createClassification(input: { name: string; position: number }) {
  return apiRequest<LogbookClassification>('POST', '/api/logbook/classifications', { body: input });
}

export function changeClassification(id: string, changes: { name?: string; position?: number }) {
  return apiRequest<LogbookClassification>('PATCH', item('/api/logbook/classifications', id), {
    body: changes,
  });
}

export function deleteClassification(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/logbook/classifications', id));
}

export function listLogbookLabels(signal?: AbortSignal) {
  return apiRequest<LogbookLabel[]>('GET', '/api/logbook/labels', { signal });
}

export function createLogbookLabel(input: { name: string }) {
  return apiRequest<LogbookLabel>('POST', '/api/logbook/labels', { body: input });
}

export function changeLogbookLabel(id: string, changes: { name: string }) {
  return apiRequest<LogbookLabel>('PATCH', item('/api/logbook/labels', id), { body: changes });
}

export function deleteLogbookLabel(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/logbook/labels', id));
}

export function listSituationTemplates(signal?: AbortSignal) {
  return apiRequest<SituationTemplate[]>('GET', '/api/situation-templates', { signal });
}

export function createSituationTemplate(input: SituationTemplateInput) {
  return apiRequest<SituationTemplate>('POST', '/api/situation-templates', { body: input });
}

export function changeSituationTemplate(id: string, changes: Partial<SituationTemplateInput>) {
  return apiRequest<SituationTemplate>('PATCH', item('/api/situation-templates', id), { body: changes });
}

export function deleteSituationTemplate(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/situation-templates', id));
}

export function listIncidentTemplates(signal?: AbortSignal) {
  return apiRequest<IncidentTemplate[]>('GET', '/api/incident-templates', { signal });
}

export function fetchIncidentTemplate(id: string, signal?: AbortSignal) {
  return apiRequest<IncidentTemplate>('GET', item('/api/incident-templates', id), { signal });
}

export function createIncidentTemplate(input: IncidentTemplateInput) {
  return apiRequest<IncidentTemplate>('POST', '/api/incident-templates', { body: input });
}

export function changeIncidentTemplate(id: string, changes: Partial<IncidentTemplateInput>) {
  return apiRequest<IncidentTemplate>('PATCH', item('/api/incident-templates', id), { body: changes });
}

export function deleteIncidentTemplate(id: string) {
  return apiRequest<undefined>('DELETE', item('/api/incident-templates', id));
}
