/** The shapes of the preparation API (roles, teams, locations, logbook set-up, templates, scenarios). */

export interface NamedRef {
  id: string;
  name: string;
}

export interface TeamRole {
  id: string;
  name: string;
  description: string;
  isDefault: boolean;
  memberCount: number;
}

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  roleId: string;
  roleName: string;
}

export interface Team {
  id: string;
  name: string;
  description: string | null;
  members: TeamMember[];
}

export interface TeamTemplate {
  id: string;
  name: string;
  description: string;
  roles: NamedRef[];
}

export interface PreparedLocation {
  id: string;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  labels: string[];
}

export interface LogbookClassification {
  id: string;
  name: string;
  position: number;
}

export interface LogbookLabel {
  id: string;
  name: string;
}

export interface SituationSection {
  key: string;
  title: string;
  hint: string;
}

export interface SituationTemplate {
  id: string;
  name: string;
  sections: SituationSection[];
}

export interface PreparedTask {
  title: string;
  checklist: string[];
}

export interface IncidentTemplate {
  id: string;
  title: string;
  description: string;
  alertText: string;
  teams: NamedRef[];
  initialTasks: PreparedTask[];
  location: NamedRef | null;
  labels: string[];
  situationTemplate: NamedRef | null;
  opensChat: boolean;
}

export interface RoleInput {
  name: string;
  description: string;
  /** true makes it the default; the default is never unmarked, another role is marked instead. */
  isDefault?: boolean;
}

export interface TeamInput {
  name: string;
  description: string;
}

export interface TeamTemplateInput {
  name: string;
  description: string;
  roleIds: string[];
}

export interface LocationInput {
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  labels: string[];
}

export interface SituationTemplateInput {
  name: string;
  /** Without a key the server makes one from the title; existing sections keep theirs. */
  sections: { key?: string; title: string; hint: string }[];
}

export interface IncidentTemplateInput {
  title: string;
  description: string;
  alertText: string;
  teamIds: string[];
  initialTasks: PreparedTask[];
  locationId: string | null;
  labels: string[];
  situationTemplateId: string | null;
  opensChat: boolean;
}
