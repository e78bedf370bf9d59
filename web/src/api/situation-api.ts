import { apiRequest } from './api-client';
import type { PersonRef } from './incidents-api';

export interface SituationSectionContent {
  key: string;
  title: string;
  content: string;
}

/** One saved state of the situation picture ("beeld"). */
export interface SituationVersion {
  version: number;
  sections: SituationSectionContent[];
  author: PersonRef;
  createdAt: string;
}

export interface SituationVersionSummary {
  version: number;
  author: PersonRef;
  createdAt: string;
}

export interface SituationPicture {
  current: SituationVersion;
  versions: SituationVersionSummary[];
}

/** The code the server answers with when the picture changed in the same sections since `baseVersion`. */
export const SITUATION_CONFLICT = 'situation_conflict';

function situationPath(incidentId: string): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/situation`;
}

export function fetchSituation(incidentId: string, signal?: AbortSignal) {
  return apiRequest<SituationPicture>('GET', situationPath(incidentId), { signal });
}

export function fetchSituationVersion(incidentId: string, version: number, signal?: AbortSignal) {
  return apiRequest<SituationVersion>('GET', `${situationPath(incidentId)}/versions/${version}`, { signal });
}

/** Saves a new version on top of `baseVersion`; the server merges sections others changed meanwhile. */
export function saveSituation(
  incidentId: string,
  input: { baseVersion: number; sections: { key: string; content: string }[] },
) {
  return apiRequest<SituationVersion>('POST', situationPath(incidentId), { body: input });
}
